// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/engine/pausedexchange.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace Hb::Ui {

// The editable copy of one paused request: method, path, query, headers (a name/value
// table), body, and the session once auth found one (its JSON). It only edits values; the
// debugger pane decides when they go to the engine.
class PausedRequestEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PausedRequestEditor(QWidget *parent = nullptr);

    // Shows `exchange`, dropping whatever was typed; nullopt empties and disables the editor.
    void setExchange(const std::optional<Engine::PausedExchange> &exchange);
    // The request as edited, or an error naming what does not parse.
    Result<Http::HttpRequest> request() const;
    // The session as edited, as JSON text (when the exchange has one and its text changed),
    // or an error when it is not a JSON object.
    Result<std::optional<QByteArray>> editedSession() const;
    // Whether anything differs from what setExchange() showed.
    bool isModified() const;

    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *queryEdit() const { return m_query; }
    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *sessionEdit() const { return m_session; }

private:
    void addHeaderRow(const QString &name, const QString &value);

    std::optional<Engine::PausedExchange> m_shown;
    QString m_shownSessionText;
    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_query;
    QTableWidget *m_headers;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_session;
    QTabWidget *m_tabs;
};

} // namespace Hb::Ui
