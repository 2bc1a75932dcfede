// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QsciScintilla;

namespace Hb::Ui {

// One cached session's JSON in an editor. Save asks for the text to be written back
// (saveRequested); the pane answers with saved(), so the dialog never talks to the engine.
class SessionCacheEntryDialog final : public QDialog
{
    Q_OBJECT
public:
    SessionCacheEntryDialog(const QString &storageKey, const QByteArray &json,
                            QWidget *parent = nullptr);

    QString storageKey() const { return m_storageKey; }
    QsciScintilla *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    // The engine's answer to a save: `error` empty when the session was written.
    void saved(const QString &error);

Q_SIGNALS:
    void saveRequested(const QString &storageKey, const QByteArray &json);

private:
    void save();

    QString m_storageKey;
    QsciScintilla *m_editor;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace Hb::Ui
