// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/apipane.h"

#include "ui/apilistmodel.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/qsci.h"
#include "ui/qscipalette.h"

#include <nlohmann/json.hpp>

namespace Hb::Ui {

ApiPane::ApiPane(ApiListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_editor(new QsciScintilla(this))
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->resizeColumnsToContents();

    auto *lexer = new QsciLexerJSON(m_editor);
    lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLexer(lexer);
    m_editor->setReadOnly(true);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_editor->setUtf8(true);
    // Scroll only as wide as the longest line shown (the default is a fixed 2000 px).
    m_editor->setScrollWidth(1);
    m_editor->setScrollWidthTracking(true);
    applyPaletteToEditor(m_editor, palette());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDefinition(current.row());
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT apiActivated(m_model->api(index.row()).listenPath);
    });
    if (model->rowCount() > 0)
        m_table->selectRow(0);
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
    const Api::ApiDefinition &api = m_model->api(row);
    // Show the file as the user wrote it; fall back to the loaded JSON.
    QFile file(api.sourceFile);
    if (!api.sourceFile.isEmpty() && file.open(QIODevice::ReadOnly))
        m_editor->setText(QString::fromUtf8(file.readAll()));
    else
        m_editor->setText(QString::fromStdString(api.raw.dump(2)));
}

} // namespace Hb::Ui
