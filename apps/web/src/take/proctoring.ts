import { useEffect } from 'react';
import { api, type Schemas } from '../api/client';

type EventType = Schemas['ProctoringEventDto']['type'];

/** Sends one proctoring signal; never blocks or fails the candidate's work. */
export function sendEvent(token: string, type: EventType, data?: Record<string, unknown>): void {
  void api
    .POST('/api/v1/take/{token}/events', {
      params: { path: { token } },
      body: {
        type,
        at: new Date().toISOString(),
        ...(data ? { data } : {}),
      },
    })
    .catch(() => undefined);
}

/** The signals the intro announces: leaving the tab, losing focus, copy, paste, leaving full screen. */
export function useProctoring(token: string, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendEvent(token, 'tab_hidden');
    };
    const onBlur = () => sendEvent(token, 'focus_lost');
    const onPaste = (e: ClipboardEvent) =>
      sendEvent(token, 'paste', { length: e.clipboardData?.getData('text').length ?? 0 });
    const onCopy = () => sendEvent(token, 'copy', { length: String(document.getSelection() ?? '').length });
    const onFullscreen = () => {
      if (!document.fullscreenElement) sendEvent(token, 'fullscreen_exit');
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onBlur);
    document.addEventListener('paste', onPaste, true);
    document.addEventListener('copy', onCopy, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('paste', onPaste, true);
      document.removeEventListener('copy', onCopy, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [token, active]);
}
