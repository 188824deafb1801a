import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { FileHost } from '../../io/xlsx/file-host';
import { Header } from '../Header';
import { t } from '../i18n';
import { Panels } from '../Panels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, maxWidth: '720px', boxSizing: 'border-box' },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalL,
    ...shorthands.border(tokens.strokeWidthThick, 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Loads the ExcelJS host only when a file is opened: the Excel task pane never downloads ExcelJS. */
const openFile = async (bytes: Uint8Array, name: string): Promise<FileHost> => (await import(/* webpackChunkName: "xlsx" */ '../../io/xlsx/file-host')).FileHost.open(bytes, name);

export function WebApp() {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; host: FileHost } | null>(null);
  const [loading, setLoading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (f: File | undefined): Promise<void> => {
    if (!f) return;
    setError(null);
    setLoading(true);
    try {
      const host = await openFile(new Uint8Array(await f.arrayBuffer()), f.name);
      setFile({ name: f.name, host });
    } catch (e) {
      const { describeProblem } = await import('../../core/input-problems');
      const problem = (e as { problem?: Parameters<typeof describeProblem>[1] }).problem;
      setError(problem ? describeProblem(f.name, problem) : t('errorUnexpected'));
    } finally {
      setLoading(false);
    }
  };

  const download = async (): Promise<void> => {
    if (!file) return;
    const bytes = await file.host.download();
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name.replace(/\.xlsx$/i, '') + ' — ОКО.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <main className={styles.root}>
      <Header />
      {!file && (
        <div
          className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void open(e.dataTransfer.files[0]);
          }}
          data-testid="drop-zone"
        >
          <Body1>{t('webIntro')}</Body1>
          <Button appearance="primary" onClick={() => input.current?.click()} disabled={loading}>
            {t('chooseFile')}
          </Button>
          <Caption1>{t('dropHere')}</Caption1>
          <input ref={input} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={(e) => void open(e.target.files?.[0])} data-testid="file-input" />
        </div>
      )}
      {loading && <ProgressBar aria-label={t('loadingFile')} />}
      {loading && <Caption1 role="status">{t('loadingFile')}</Caption1>}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {file && (
        <>
          <div className={styles.row}>
            <Body1>
              {t('openedFile')}: <strong>{file.name}</strong>
            </Body1>
            <Button appearance="subtle" onClick={() => setFile(null)}>
              {t('anotherFile')}
            </Button>
          </div>
          {file.host.hasDrawings && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('drawingsLost')}</MessageBarBody>
            </MessageBar>
          )}
          <Panels host={file.host} bookName={file.name} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void download()}>
              {t('download')}
            </Button>
            <Caption1>{t('downloadHint')}</Caption1>
          </div>
        </>
      )}
    </main>
  );
}
