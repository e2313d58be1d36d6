/**
 * Ordering by keyboard: each step has "Naik" and "Turun" buttons; focus
 * follows the moved step and its new position is announced. No dragging needed.
 */
import { useEffect, useRef } from "preact/hooks";
import type { QuestionOf } from "../../lib/quiz/models.ts";
import { moveItem } from "../../lib/quiz/response.ts";
import { t } from "../../i18n/t.ts";
import type { AnswerInputProps } from "./types.ts";
import Mark from "./Mark.tsx";

export interface OrderingInputProps extends AnswerInputProps<
  QuestionOf<"ordering">
> {
  /** Speak a message in the question's live region. */
  announce: (message: string) => void;
}

export default function OrderingInput(props: OrderingInputProps) {
  const { question, response, onChange, disabled, marks, announce } = props;
  const order = response?.type === "ordering" ? response.order : props.order;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current)
      buttons.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  function move(
    item: number,
    from: number,
    to: number,
    direction: "up" | "down",
  ) {
    onChange({ type: "ordering", order: moveItem(order, from, to) });
    const atEdge = to === 0 || to === order.length - 1;
    const keep = atEdge ? (direction === "up" ? "down" : "up") : direction;
    pendingFocus.current = `${item}-${keep}`;
    announce(
      t("quiz.moved", {
        item: question.items[item] ?? "",
        position: to + 1,
        total: order.length,
      }),
    );
  }

  return (
    <ol class="ordering" role="list">
      {order.map((item, position) => {
        const text = question.items[item] ?? "";
        const mark = marks?.[item];
        return (
          <li key={item} class="ordering-item" data-mark={mark}>
            <span class="ordering-position" aria-hidden="true">
              {position + 1}
            </span>
            <span class="ordering-text">
              {text}
              <Mark mark={mark} kind="part" />
            </span>
            <span class="ordering-buttons">
              <button
                type="button"
                class="button button-small"
                aria-label={t("quiz.moveUp", { item: text })}
                disabled={disabled || position === 0}
                ref={(el) =>
                  void (el
                    ? buttons.current.set(`${item}-up`, el)
                    : buttons.current.delete(`${item}-up`))
                }
                onClick={() => move(item, position, position - 1, "up")}
              >
                <span aria-hidden="true">↑ </span>
                {t("quiz.moveUpShort")}
              </button>
              <button
                type="button"
                class="button button-small"
                aria-label={t("quiz.moveDown", { item: text })}
                disabled={disabled || position === order.length - 1}
                ref={(el) =>
                  void (el
                    ? buttons.current.set(`${item}-down`, el)
                    : buttons.current.delete(`${item}-down`))
                }
                onClick={() => move(item, position, position + 1, "down")}
              >
                <span aria-hidden="true">↓ </span>
                {t("quiz.moveDownShort")}
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
