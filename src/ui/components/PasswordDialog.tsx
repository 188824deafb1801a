import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { t } from '../i18n';

export interface PasswordDialogProps {
  open: boolean;
  sheet: string;
  wrong: boolean;
  onSubmit(password: string): void;
  onCancel(): void;
}

/** Asks for a protected sheet's password; the value lives only in this dialog while it is open. */
export function PasswordDialog({ open, sheet, wrong, onSubmit, onCancel }: PasswordDialogProps) {
  const [password, setPassword] = useState('');
  const close = (): void => {
    setPassword('');
    onCancel();
  };
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface aria-describedby="oko-password-body">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit(password);
            setPassword('');
          }}
        >
          <DialogBody>
            <DialogTitle>
              {t('passwordTitle')}: «{sheet}»
            </DialogTitle>
            <DialogContent id="oko-password-body">
              <p>{t('passwordBody')}</p>
              <Field label={t('passwordLabel')} validationState={wrong ? 'error' : 'none'} validationMessage={wrong ? t('passwordWrong') : undefined}>
                <Input type="password" value={password} onChange={(_e, d) => setPassword(d.value)} autoFocus autoComplete="off" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t('ok')}
              </Button>
              <Button appearance="secondary" onClick={close}>
                {t('cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
