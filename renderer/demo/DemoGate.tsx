/**
 * The demo at app start: on a new, empty profile it loads the district demo behind a calm
 * progress overlay; on an empty profile that has had the demo before it offers it in a banner
 * (see demo-start.ts for when which happens). Renders nothing otherwise.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { districtDemoOptions } from '../../shared/demo/generate-demo';
import type { LocalizedText } from '../../shared/text/localized-text';
import { languageOf } from '../app/format-figure';
import { useRegistry } from '../db/hooks';
import { toRegistryError } from '../db/registry-error';
import { readDemoPreferences, rememberAutoLoad, rememberOfferDeclined } from './demo-preferences';
import { demoOptionsIn, demoRequestIn, demoStartAction } from './demo-start';
import { isRegistryEmpty, loadDemo, type DemoLoadProgress } from './load-demo';
import './demo-gate.css';

type GateState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'offer' }
  | { readonly kind: 'loading'; readonly progress: DemoLoadProgress }
  | { readonly kind: 'failed'; readonly message: LocalizedText };

const starting: GateState = { kind: 'loading', progress: { phase: 'generating', fraction: 0 } };

export function DemoGate() {
  const { t, i18n } = useTranslation();
  const registry = useRegistry();
  const [state, setState] = useState<GateState>({ kind: 'idle' });
  const counts = {
    parks: districtDemoOptions.parks.toLocaleString(i18n.language),
    enterprises: districtDemoOptions.enterprises.toLocaleString(i18n.language),
  };

  const load = useCallback(() => {
    setState(starting);
    loadDemo(
      registry,
      (progress) => setState({ kind: 'loading', progress }),
      demoOptionsIn(window.location.search),
    ).then(
      () => setState({ kind: 'idle' }),
      (error: unknown) => setState({ kind: 'failed', message: toRegistryError(error).text }),
    );
  }, [registry]);

  useEffect(() => {
    // Decided once per start. StrictMode mounts twice in development: the first check must not
    // act after its cleanup, or the demo would load twice.
    let current = true;
    void isRegistryEmpty(registry).then((registryEmpty) => {
      if (!current) return;
      const action = demoStartAction({
        registryEmpty,
        ...readDemoPreferences(),
        request: demoRequestIn(window.location.search),
        automated: navigator.webdriver,
      });
      if (action === 'offer') setState({ kind: 'offer' });
      if (action === 'load') {
        rememberAutoLoad();
        load();
      }
    });
    return () => {
      current = false;
    };
  }, [registry, load]);

  switch (state.kind) {
    case 'idle':
      return null;
    case 'offer':
      return (
        <div className="demo-offer" role="region" aria-label={t('demo.offerLoad')}>
          <p>{t('demo.offer', counts)}</p>
          <button type="button" className="primary" onClick={load}>
            {t('demo.offerLoad')}
          </button>
          <button
            type="button"
            onClick={() => {
              rememberOfferDeclined();
              setState({ kind: 'idle' });
            }}
          >
            {t('demo.offerDecline')}
          </button>
        </div>
      );
    case 'loading': {
      const percent = Math.floor(state.progress.fraction * 100);
      return (
        <div className="demo-overlay">
          <div
            className="demo-overlay-card"
            role="dialog"
            aria-modal="true"
            aria-labelledby="demo-loading-title"
            aria-busy="true"
          >
            <h2 id="demo-loading-title">{t('demo.loading')}</h2>
            <p className="demo-overlay-detail">{t('demo.loadingDetail', counts)}</p>
            <progress max={100} value={percent} aria-labelledby="demo-loading-title" />
            <p className="demo-overlay-status" aria-live="polite">
              <span>
                {state.progress.phase === 'generating'
                  ? t('demo.phaseGenerating')
                  : t('demo.phaseWriting')}
              </span>
              <span className="demo-overlay-percent">{t('demo.percent', { percent })}</span>
            </p>
          </div>
        </div>
      );
    }
    case 'failed':
      return (
        <div className="demo-offer demo-offer-failed" role="alert">
          <p>{t('demo.failed', { message: state.message[languageOf(i18n.language)] })}</p>
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t('demo.dismiss')}
          </button>
        </div>
      );
  }
}
