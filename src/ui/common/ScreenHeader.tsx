import type { ReactNode } from 'react';

interface ScreenHeaderProps {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
}

/** The heading every screen starts with; focus moves here after navigation. */
export function ScreenHeader({ title, subtitle, actions }: ScreenHeaderProps) {
  return (
    <div className="gz-screen-header">
      <div>
        <h1 className="gz-screen-title" tabIndex={-1} data-screen-title>
          {title}
        </h1>
        {subtitle ? <p className="gz-screen-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="gz-screen-actions">{actions}</div> : null}
    </div>
  );
}
