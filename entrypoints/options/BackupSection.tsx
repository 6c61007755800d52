import { useState } from 'react';
import { getDb } from '@/utils/store/db';
import { BackupError, exportBackup, importBackup, parseBackup } from '@/utils/store/backup';
import { csvFileName } from '@/utils/store/csv';
import { downloadText } from '@/utils/ext/download';

/** JSON backup out, and in (merged by job key; a bad file is refused and changes nothing). */
export function BackupSection() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const exportJson = async () => {
    const backup = await exportBackup(getDb());
    downloadText(csvFileName(new Date(), 'json'), JSON.stringify(backup, null, 1), 'application/json');
    setMessage({ ok: true, text: `Backup of ${backup.roles.length} roles downloaded.` });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await importBackup(getDb(), parseBackup(await file.text()));
      setMessage({ ok: true, text: `Imported: ${result.added} added, ${result.updated} updated, ${result.unchanged} already up to date.` });
    } catch (e) {
      const text = e instanceof BackupError ? e.message : `Import failed, nothing was changed: ${e instanceof Error ? e.message : String(e)}`;
      setMessage({ ok: false, text });
    }
  };

  return (
    <div className="jm-backup">
      <button type="button" onClick={() => void exportJson()}>
        Export backup (JSON)
      </button>{' '}
      <label className="jm-file">
        Import backup (JSON){' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </div>
  );
}
