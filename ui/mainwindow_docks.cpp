// The docks of the main window: the entity sidebar and the claims panel (issue 7).
#include "mainwindow.h"

void MainWindow::createDocks()
{
}
