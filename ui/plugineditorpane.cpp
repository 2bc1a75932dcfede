// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plugineditorpane.h"

#include "core/common/atomicfile.h"

#include "ui/enginebridge.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/qsci.h"
#include "ui/qscipalette.h"

namespace Hb::Ui {

namespace {
QsciLexer *lexerFor(const QString &path, QObject *parent)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QsciLexer *lexer = nullptr;
    if (suffix == u"py")
        lexer = new QsciLexerPython(parent);
    else if (suffix == u"lua")
        lexer = new QsciLexerLua(parent);
    else if (suffix == u"js" || suffix == u"ts")
        lexer = new QsciLexerJavaScript(parent);
    else
        lexer = new QsciLexerJSON(parent);
    lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    lexer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return lexer;
}

bool samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}
} // namespace

PluginEditorPane::PluginEditorPane(EngineBridge &bridge, QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_files(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save and reload"), this))
    , m_status(new QLabel(this))
    , m_editor(new QsciScintilla(this))
{
    m_files->setObjectName(QStringLiteral("pluginFiles"));
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_save->setObjectName(QStringLiteral("savePlugin"));
    m_save->setToolTip(tr("Write the file and reload the engine (Ctrl+S)"));
    m_status->setObjectName(QStringLiteral("pluginStatus"));
    m_status->setWordWrap(true);

    m_editor->setUtf8(true);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(0, QStringLiteral("00000"));
    m_editor->setMarginWidth(1, 14);
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_editor->setAutoIndent(true);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setIndentationWidth(4);
    m_errorMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_editor->setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), m_errorMarker);
    m_editor->setMarkerForegroundColor(QColor(0xd3, 0x2f, 0x2f), m_errorMarker);

    auto *saveAction = new QAction(tr("Save plugin"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_files, 1);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);

    connect(m_files, &QComboBox::activated, this,
            [this](int index) { open(m_files->itemData(index).toString()); });
    connect(m_save, &QPushButton::clicked, this, &PluginEditorPane::save);
    connect(saveAction, &QAction::triggered, this, &PluginEditorPane::save);
    connect(&m_bridge, &EngineBridge::reloaded, this, &PluginEditorPane::showDiagnostics);

    rescan();
    if (m_files->count() > 0)
        open(m_files->itemData(0).toString());
}

void PluginEditorPane::rescan()
{
    m_files->clear();
    for (const QString &root : {m_bridge.bundlesDir(), m_bridge.appsDir()}) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root,
                        {QStringLiteral("*.py"), QStringLiteral("*.lua"), QStringLiteral("*.js")},
                        QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        for (const QString &path : std::as_const(found))
            m_files->addItem(QDir(QFileInfo(root).absolutePath()).relativeFilePath(path), path);
    }
    m_files->setEnabled(m_files->count() > 0);
    m_save->setEnabled(m_files->count() > 0);
    if (m_files->count() == 0)
        m_status->setText(tr("No plugin sources in this workspace."));
}

void PluginEditorPane::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_file = path;
    m_editor->setLexer(lexerFor(path, m_editor));
    applyPaletteToEditor(m_editor, palette());
    m_editor->setText(QString::fromUtf8(file.readAll()));
    m_editor->setModified(false);
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->clearAnnotations();
    const int index = m_files->findData(path);
    if (index >= 0)
        m_files->setCurrentIndex(index);
    m_status->setText(path);
}

bool PluginEditorPane::save()
{
    if (m_file.isEmpty())
        return false;
    // Written whole or not at all: the engine never reads half a file.
    if (const Result<void> written = writeFileAtomically(m_file, m_editor->text().toUtf8());
        !written) {
        m_status->setText(tr("Cannot write %1: %2").arg(m_file, written.error().message));
        return false;
    }
    m_editor->setModified(false);
    m_status->setText(tr("Saved; reloading…"));
    m_bridge.reload();
    return true;
}

QList<int> PluginEditorPane::markedLines() const
{
    QList<int> lines;
    const unsigned mask = 1u << m_errorMarker;
    for (int line = m_editor->markerFindNext(0, mask); line >= 0;
         line = m_editor->markerFindNext(line + 1, mask))
        lines.append(line + 1);
    return lines;
}

void PluginEditorPane::showDiagnostics(const QString &error, const Api::Diagnostics &diagnostics)
{
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->clearAnnotations();
    QStringList problems;
    for (const Api::Diagnostic &d : diagnostics) {
        if (!samePath(d.where.file, m_file))
            continue;
        problems.append(d.toString());
        if (d.where.line > 0) {
            m_editor->markerAdd(d.where.line - 1, m_errorMarker);
            m_editor->annotate(d.where.line - 1, d.message, 0);
        }
    }
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    if (!error.isEmpty())
        m_status->setText(tr("Reload failed: %1").arg(error));
    else if (problems.isEmpty())
        m_status->setText(
            tr("Saved and reloaded; %1 loads cleanly.").arg(QFileInfo(m_file).fileName()));
    else
        m_status->setText(tr("Reloaded with problems:\n%1").arg(problems.join(u'\n')));
}

void PluginEditorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPaletteToEditor(m_editor, palette());
    QWidget::changeEvent(event);
}

} // namespace Hb::Ui
