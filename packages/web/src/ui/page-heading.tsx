/**
 * The page's one `h1`. After an in-app navigation it takes focus, so a screen reader announces the new
 * screen and the keyboard starts from the top of it; it also names the browser tab.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

let firstPage = true;

export function PageHeading(props: { title: string; children?: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · speedwork`;
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, [props.title]);
  return (
    <h1 ref={ref} tabIndex={-1} className={props.className}>
      {props.children ?? props.title}
    </h1>
  );
}
