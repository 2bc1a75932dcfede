// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/logmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Hb::Ui {

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(capacity)
{}

void LogModel::append(LogEntry entry)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString LogModel::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return tr("debug");
    case LogLevel::Info: return tr("info");
    case LogLevel::Warning: return tr("warning");
    case LogLevel::Error: return tr("error");
    }
    return {};
}

QString LogModel::format(const LogEntry &entry)
{
    QString line = entry.time.toString(QStringLiteral("HH:mm:ss.zzz  "));
    if (!entry.source.isEmpty())
        line += u'[' + entry.source + QStringLiteral("] ");
    if (entry.level != LogLevel::Info)
        line += levelName(entry.level) + QStringLiteral(": ");
    return line + entry.text;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const LogEntry &e = m_entries[std::size_t(index.row())];
    if (role == LevelRole)
        return int(e.level);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn: return levelName(e.level);
        case SourceColumn: return e.source;
        case MessageColumn:
            // One row per entry: a multi-line message (a traceback) shows its first line and
            // the rest in the tooltip.
            return role == Qt::DisplayRole ? e.text.section(u'\n', 0, 0) : e.text;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == LevelColumn) {
        if (e.level == LogLevel::Error)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (e.level == LogLevel::Warning)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
    }
    if (role == Qt::FontRole && e.level == LogLevel::Error && index.column() == LevelColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case SourceColumn: return tr("Source");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace Hb::Ui
