// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/apipane.h"

#include "ui/common/editorfont.h"

#include "ui/editors/apiformwidget.h"
#include "workbench/models/apilistmodel.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/common/qsci.h"
#include "ui/common/qscipalette.h"

namespace Hb::Ui {

namespace {
bool samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}
} // namespace

ApiPane::ApiPane(ApiListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ApiFormWidget(m_mapping, this))
    , m_editor(new QsciScintilla(this))
    , m_save(new QPushButton(tr("&Save and reload"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_status(new QLabel(this))
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->resizeColumnsToContents();
    buildEditor();

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_editor, tr("JSON"));
    m_tabs->addTab(formScroll, tr("Form"));
    m_tabs->setDocumentMode(true);

    m_save->setObjectName(QStringLiteral("saveApi"));
    m_save->setToolTip(tr("Write the definition and reload the engine (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("revertApi"));
    m_revert->setToolTip(tr("Drop the unsaved edits and read the file from disk again "
                            "(Ctrl+Z brings them back)"));
    m_revert->setEnabled(false);
    // Nothing to edit until a definition is shown (the first load may still be running):
    // text typed before would be thrown away.
    m_tabs->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("apiStatus"));
    auto *saveAction = new QAction(tr("Save API definition"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);

    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    // The status has the full width: a restored edit's note or a reload's problems are long.
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    belowLayout->addWidget(m_tabs, 1);
    belowLayout->addWidget(m_status);
    belowLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(below);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // The selected row is shown, not the current one: a view that gains focus with no
    // current index makes row 0 current without selecting it, which must not replace a
    // definition kept on screen after it stopped loading.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                if (!selected.isEmpty())
                    showDefinition(selected.indexes().first().row());
            });
    // A reload brings new definitions: the shown one stays shown (its text untouched), or the
    // first is shown when it went away.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOfFile(m_file);
        if (row >= 0) {
            const QSignalBlocker quiet(m_table->selectionModel());
            m_table->selectRow(row);
        } else if (!m_file.isEmpty()) {
            // The shown definition no longer loads (a saved mistake): it stays shown, with
            // its problems marked, so it can be mended here.
            const QSignalBlocker quiet(m_table->selectionModel());
            m_table->clearSelection();
        } else if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
        m_table->resizeColumnsToContents();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT apiActivated(m_model->api(index.row()).listenPath);
    });
    connect(m_editor, &QsciScintilla::textChanged, this, &ApiPane::textEdited);
    connect(m_form, &ApiFormWidget::edited, this, &ApiPane::formEdited);
    connect(m_save, &QPushButton::clicked, this, &ApiPane::save);
    connect(m_revert, &QPushButton::clicked, this, &ApiPane::revert);
    // Undo back to the saved text says so only after the last textChanged.
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this] {
        if (!m_syncing)
            bufferChanged();
    });
    connect(saveAction, &QAction::triggered, this, &ApiPane::save);
    if (model->rowCount() > 0)
        m_table->selectRow(0);
}

void ApiPane::buildEditor()
{
    auto *lexer = new QsciLexerJSON(m_editor);
    m_editor->setLexer(lexer);
    applyEditorFont(m_editor, editorFont());
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_editor->setUtf8(true);
    // Scroll only as wide as the longest line shown (the default is a fixed 2000 px).
    m_editor->setScrollWidth(1);
    m_editor->setScrollWidthTracking(true);
    m_errorMarker = m_editor->markerDefine(QsciScintilla::RightTriangle);
    m_editor->setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), m_errorMarker);
    applyPaletteToEditor(m_editor, palette());
}

QWidget *ApiPane::definitionView() const
{
    return m_editor;
}

void ApiPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPaletteToEditor(m_editor, palette());
    QWidget::changeEvent(event);
}

void ApiPane::showDefinition(int row)
{
    // An edit not saved yet stays with its file (in m_buffers, kept on every edit) while
    // another definition is shown.
    const ApiSummary &api = m_model->api(row);
    m_file = api.sourceFile;
    QString text;
    QFile file(m_file);
    if (!m_file.isEmpty() && file.open(QIODevice::ReadOnly)) {
        // Show the file as the user wrote it; fall back to the loaded JSON.
        const QByteArray bytes = file.readAll();
        m_buffers.loaded(m_file, bytes);
        text = QString::fromUtf8(bytes);
    } else {
        text = api.definitionText;
    }
    const bool modified = m_buffers.isModified(m_file);
    m_syncing = true;
    m_buffers.show(m_editor, m_file, text);
    m_syncing = false;
    if (modified)
        text = m_buffers.text(m_file);
    m_mapping.setText(text);
    m_form->refresh();
    m_save->setEnabled(!m_file.isEmpty());
    m_tabs->setEnabled(true);
    m_revert->setEnabled(modified);
    m_status->setText(m_buffers.note(m_file));
    markProblems();
}

void ApiPane::textEdited()
{
    if (m_syncing)
        return;
    m_mapping.setText(m_editor->text());
    m_form->refresh();
    bufferChanged();
    markProblems();
}

void ApiPane::formEdited()
{
    // A form change that changes nothing (the same method picked again) leaves no trace.
    if (m_mapping.text() == m_editor->text())
        return;
    // The text follows the form, as one undoable step that keeps the reader's place.
    m_syncing = true;
    EditorBuffers::replaceText(m_editor, m_mapping.text());
    m_syncing = false;
    bufferChanged();
    markProblems();
}

bool ApiPane::save()
{
    if (m_file.isEmpty())
        return false;
    m_syncing = true;
    const Result<void> saved = m_buffers.save(m_editor, m_file);
    m_syncing = false;
    if (!saved) {
        m_status->setText(tr("Cannot write %1: %2").arg(m_file, saved.error().message));
        return false;
    }
    m_revert->setEnabled(false);
    m_status->setText(tr("Saved; reloading…"));
    Q_EMIT reloadRequested();
    return true;
}

bool ApiPane::revert()
{
    m_syncing = true;
    const Result<QString> text = m_buffers.revert(m_editor, m_file);
    m_syncing = false;
    if (!text) {
        m_status->setText(tr("Cannot read %1: %2").arg(m_file, text.error().message));
        return false;
    }
    m_mapping.setText(*text);
    m_form->refresh();
    m_revert->setEnabled(false);
    m_status->setText(tr("Reverted to the file on disk."));
    markProblems();
    return true;
}

bool ApiPane::restoreUnsaved(const UnsavedBuffer &buffer)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString file = m_model->api(row).sourceFile;
        if (!buffer.isOf(file))
            continue;
        m_buffers.restore(file, buffer);
        // Shown at once, so the user sees what came back.
        if (m_table->currentIndex().row() == row)
            showDefinition(row);
        else
            m_table->selectRow(row);
        return true;
    }
    return false;
}

void ApiPane::bufferChanged()
{
    const bool modified = m_editor->isModified();
    m_buffers.edited(m_file, modified ? m_editor->text() : QString(), modified);
    m_revert->setEnabled(modified);
    m_status->setText(m_buffers.note(m_file));
}

void ApiPane::showDiagnostics(const QString &error, const Api::Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    markProblems();
    QStringList problems;
    for (const Api::Diagnostic &d : diagnostics) {
        if (samePath(d.where.file, m_file))
            problems.append(d.toString());
    }
    if (!error.isEmpty())
        m_status->setText(tr("Reload failed: %1").arg(error));
    else if (!problems.isEmpty())
        m_status->setText(tr("Reloaded with problems:\n%1").arg(problems.join(u'\n')));
    else if (!m_editor->isModified())
        m_status->setText(
            tr("Saved and reloaded; %1 loads cleanly.").arg(QFileInfo(m_file).fileName()));
}

void ApiPane::markProblems()
{
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->clearAnnotations();
    auto mark = [this](int line, const QString &note) {
        if (line <= 0)
            return;
        m_editor->markerAdd(line - 1, m_errorMarker);
        m_editor->annotate(line - 1, note, 0);
    };
    if (!m_mapping.isValid()) {
        // The text being typed: its parse error, not the last reload's (lines have moved).
        mark(m_mapping.errorLine(), m_mapping.parseError());
    } else if (!m_editor->isModified()) {
        for (const Api::Diagnostic &d : std::as_const(m_diagnostics)) {
            if (samePath(d.where.file, m_file))
                mark(d.where.line, tr("column %1: %2").arg(d.where.column).arg(d.message));
        }
    }
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
}

QList<int> ApiPane::markedLines() const
{
    QList<int> lines;
    const unsigned mask = 1u << m_errorMarker;
    for (int line = m_editor->markerFindNext(0, mask); line >= 0;
         line = m_editor->markerFindNext(line + 1, mask))
        lines.append(line + 1);
    return lines;
}

} // namespace Hb::Ui
