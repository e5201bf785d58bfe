// The JSON sheet is the parallax-analysis/1 document of what the sheet selects.
#include "analysisjson.h"
#include "sheetwriter.h"

#include <QJsonDocument>

QByteArray sheetToJson(const Sheet &sheet)
{
    return QJsonDocument(analysisToJson(*sheet.analysis)).toJson(QJsonDocument::Indented);
}
