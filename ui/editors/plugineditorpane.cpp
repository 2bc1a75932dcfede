// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/plugineditorpane.h"

#include "ui/common/editorfont.h"

#include "workbench/bridge/enginebridge.h"

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

#include <utility>

#include "ui/common/qsci.h"
#include "ui/common/qscipalette.h"

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
    else if (suffix == u"go")
        lexer = new QsciLexerCPP(parent); // QScintilla has no Go lexer; Go's syntax is C's kin
    else
        lexer = new QsciLexerJSON(parent);
    const QFont font = editorFont();
    lexer->setDefaultFont(font);
    lexer->setFont(font);
    return lexer;
}

bool samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}

// The file list keeps each entry's plain name here; its text adds the unsaved mark.
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

PluginEditorPane::PluginEditorPane(EngineBridge &bridge, QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_files(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save and reload"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_status(new QLabel(this))
    , m_editor(new QsciScintilla(this))
{
    m_files->setObjectName(QStringLiteral("pluginFiles"));
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_save->setObjectName(QStringLiteral("savePlugin"));
    m_save->setToolTip(tr("Write the file and reload the engine (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("revertPlugin"));
    m_revert->setToolTip(tr("Drop the unsaved edits and read the file from disk again "
                            "(Ctrl+Z brings them back)"));
    m_revert->setEnabled(false);
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
    top->addWidget(m_revert);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);

    connect(m_files, &QComboBox::activated, this, [this](int index) {
        // Picking the open file again keeps its cursor and undo history.
        const QString path = m_files->itemData(index).toString();
        if (path != m_file)
            open(path);
    });
    connect(m_save, &QPushButton::clicked, this, &PluginEditorPane::save);
    connect(m_revert, &QPushButton::clicked, this, &PluginEditorPane::revert);
    connect(m_editor, &QsciScintilla::textChanged, this, &PluginEditorPane::textEdited);
    // Undo back to the saved text says so only after the last textChanged.
    connect(m_editor, &QsciScintilla::modificationChanged, this, &PluginEditorPane::textEdited);
    connect(saveAction, &QAction::triggered, this, &PluginEditorPane::save);
    connect(&m_bridge, &EngineBridge::reloaded, this, &PluginEditorPane::showDiagnostics);

    rescan();
    if (m_files->count() > 0)
        open(m_files->itemData(0).toString());
}

void PluginEditorPane::rescan()
{
    m_files->clear();
    // Bundles and definitions hold Python, Lua and JS code; Go plugin sources usually sit in
    // a folder beside apps/ (Tyk's examples use plugins/ or middleware/).
    QStringList roots{m_bridge.bundlesDir(), m_bridge.appsDir()};
    if (!m_bridge.appsDir().isEmpty()) {
        const QDir workspace = QFileInfo(m_bridge.appsDir()).absoluteDir();
        for (const char *folder : {"plugins", "middleware"})
            roots.append(workspace.filePath(QLatin1String(folder)));
    }
    for (const QString &root : std::as_const(roots)) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        QDirIterator it(root,
                        {QStringLiteral("*.py"), QStringLiteral("*.lua"), QStringLiteral("*.js"),
                         QStringLiteral("*.go")},
                        QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        for (const QString &path : std::as_const(found)) {
            const QString name = QDir(QFileInfo(root).absolutePath()).relativeFilePath(path);
            m_files->addItem(name, path);
            m_files->setItemData(m_files->count() - 1, name, NameRole);
        }
    }
    m_files->setEnabled(m_files->count() > 0);
    m_save->setEnabled(m_files->count() > 0);
    if (m_files->count() == 0)
        m_status->setText(tr("No plugin sources in this workspace."));
}

void PluginEditorPane::open(const QString &path)
{
    QFile file(path);
    const bool readable = file.open(QIODevice::ReadOnly);
    const bool modified = m_buffers.isModified(path);
    // An unsaved buffer is shown even when its file has gone.
    if (!readable && !modified) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = readable ? file.readAll() : QByteArray();
    if (readable)
        m_buffers.loaded(path, bytes);
    m_file = path;
    m_loading = true;
    QsciLexer *previous = m_editor->lexer();
    m_editor->setLexer(lexerFor(path, m_editor));
    delete previous;
    applyPaletteToEditor(m_editor, palette());
    m_buffers.show(m_editor, path, QString::fromUtf8(bytes));
    m_loading = false;
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->clearAnnotations();
    const int index = m_files->findData(path);
    if (index >= 0)
        m_files->setCurrentIndex(index);
    m_revert->setEnabled(modified);
    m_status->setText(modified ? m_buffers.note(path) : path);
}

void PluginEditorPane::openAt(const QString &path, int line)
{
    open(path);
    if (m_file != path || line < 1)
        return;
    m_editor->setCursorPosition(line - 1, 0);
    m_editor->ensureLineVisible(line - 1);
    m_editor->setFocus();
}

void PluginEditorPane::textEdited()
{
    if (m_loading || m_file.isEmpty())
        return;
    const bool modified = m_editor->isModified();
    m_buffers.edited(m_file, modified ? m_editor->text() : QString(), modified);
    m_revert->setEnabled(modified);
    markFile(m_file);
}

void PluginEditorPane::markFile(const QString &path)
{
    const int index = m_files->findData(path);
    if (index < 0)
        return;
    const bool modified = m_buffers.isModified(path);
    const QString name = m_files->itemData(index, NameRole).toString();
    // In front: the list is narrow and elides the end of long paths.
    const QString text = modified ? QString(QStringLiteral("\u2022 ") + name) : name;
    if (m_files->itemText(index) == text)
        return;
    m_files->setItemText(index, text);
    m_files->setItemData(index, modified ? tr("Edited, not saved") : QString(), Qt::ToolTipRole);
}

bool PluginEditorPane::restoreUnsaved(const UnsavedBuffer &buffer)
{
    for (int index = 0; index < m_files->count(); ++index) {
        const QString path = m_files->itemData(index).toString();
        if (!buffer.isOf(path))
            continue;
        m_buffers.restore(path, buffer);
        markFile(path);
        open(path);
        return true;
    }
    return false;
}

bool PluginEditorPane::revert()
{
    if (m_file.isEmpty())
        return false;
    m_loading = true;
    const Result<QString> text = m_buffers.revert(m_editor, m_file);
    m_loading = false;
    if (!text) {
        m_status->setText(tr("Cannot read %1: %2").arg(m_file, text.error().message));
        return false;
    }
    m_revert->setEnabled(false);
    markFile(m_file);
    m_status->setText(tr("Reverted to the file on disk."));
    return true;
}

bool PluginEditorPane::save()
{
    if (m_file.isEmpty())
        return false;
    m_loading = true;
    const Result<void> saved = m_buffers.save(m_editor, m_file);
    m_loading = false;
    if (!saved) {
        m_status->setText(tr("Cannot write %1: %2").arg(m_file, saved.error().message));
        return false;
    }
    m_revert->setEnabled(false);
    markFile(m_file);
    m_status->setText(tr("Saved; reloading…"));
    m_savedHere = true;
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
    // A reload someone else asked for (the first load, an API save) says nothing of this
    // file's unsaved edits being saved; their note (restored, changed on disk) stays.
    const bool savedHere = std::exchange(m_savedHere, false);
    if (!error.isEmpty())
        m_status->setText(tr("Reload failed: %1").arg(error));
    else if (problems.isEmpty() && m_buffers.isModified(m_file))
        m_status->setText(m_buffers.note(m_file));
    else if (problems.isEmpty())
        m_status->setText(
            savedHere
                ? tr("Saved and reloaded; %1 loads cleanly.").arg(QFileInfo(m_file).fileName())
                : tr("Reloaded; %1 loads cleanly.").arg(QFileInfo(m_file).fileName()));
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
