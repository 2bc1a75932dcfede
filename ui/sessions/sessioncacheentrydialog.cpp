// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessions/sessioncacheentrydialog.h"

#include "ui/common/editorfont.h"

#include "core/common/untrustedjson.h"
#include "ui/common/qscipalette.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/common/qsci.h"

#include <nlohmann/json.hpp>

namespace Hb::Ui {

SessionCacheEntryDialog::SessionCacheEntryDialog(const QString &storageKey, const QByteArray &json,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_storageKey(storageKey)
    , m_editor(new QsciScintilla(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save to store"), this))
{
    setWindowTitle(tr("Session %1").arg(storageKey));
    auto *lexer = new QsciLexerJSON(m_editor);
    m_editor->setLexer(lexer);
    applyEditorFont(m_editor, editorFont());
    m_editor->setUtf8(true);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(0, QStringLiteral("000"));
    m_editor->setText(QString::fromUtf8(json));
    applyPaletteToEditor(m_editor, palette());
    m_status->setWordWrap(true);
    m_status->setText(tr("Saving writes the session back as PUT /tyk/keys with suppress_reset "
                         "does: the next request that finds it uses it."));

    m_save->setObjectName(QStringLiteral("saveSession"));
    m_save->setShortcut(QKeySequence::Save);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SessionCacheEntryDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 520);
}

void SessionCacheEntryDialog::save()
{
    const QByteArray text = m_editor->text().toUtf8();
    const Result<nlohmann::json> parsed =
        parseUntrustedJson(std::string_view(text.constData(), text.size()));
    if (!parsed) {
        m_status->setText(tr("Not valid JSON: %1").arg(parsed.error().toString()));
        return;
    }
    if (!parsed->is_object()) {
        m_status->setText(tr("A session is a JSON object."));
        return;
    }
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    Q_EMIT saveRequested(m_storageKey, text);
}

void SessionCacheEntryDialog::saved(const QString &error)
{
    m_save->setEnabled(true);
    m_status->setText(error.isEmpty() ? tr("Saved.") : tr("Could not save: %1").arg(error));
}

} // namespace Hb::Ui
