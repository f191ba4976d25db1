#include "fieldhelppanel.h"

#include "fieldinfo.h"

FieldHelpPanel::FieldHelpPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("fieldHelp"));
    setOpenLinks(false);
    showNothing();
}

void FieldHelpPanel::showField(const FieldInfo &info)
{
    QString html = info.toolTip();
    html.replace(QLatin1String("<br><i>Assumption:</i>"),
        tr("<p style='background:#fff4d6;color:#5a4500;padding:4px'><b>Assumption</b> "
           "(the public docs are silent):"));
    setHtml(html);
}

void FieldHelpPanel::showNothing()
{
    setHtml(tr("<span style='color:gray'>Focus a field to read its help and any assumption "
               "Eventsmith makes about it.</span>"));
}
