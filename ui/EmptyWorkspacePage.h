#pragma once

#include <QWidget>

namespace gonggu {

/** What a workspace without rounds shows instead of an empty grid: how to get started. */
class EmptyWorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyWorkspacePage(QWidget *parent = nullptr);

signals:
    void openWorkspaceRequested();
};

} // namespace gonggu
