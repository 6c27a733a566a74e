#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;

// A laid-out QTextDocument as a Word document (.docx, Office Open XML
// WordprocessingML): the copy offices edit in WPS or Word. The same document the PDF
// and the ODT are made from, so headings, tables and charts are the same.
//
// The package is a zip (libzip) of [Content_Types].xml, _rels/.rels, docProps/core.xml,
// word/document.xml, word/styles.xml (Normal, Title, Heading 1–4, the table style),
// word/footer1.xml (the page number), word/_rels/document.xml.rels and the charts as
// PNG images in word/media. Headings keep their level (QTextBlockFormat::headingLevel)
// as Heading 1–4, so Word's navigation pane and outline show them; the fonts are
// the official-document faces a Chinese Windows has (仿宋 body, 黑体 first-level, 楷体
// second-level, 宋体 bold title). Needs no GUI-thread objects.
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)

public:
    struct Options
    {
        QString title;   // docProps/core.xml
        QString creator; // docProps/core.xml
        QString header;  // the running header of every page but the first; may be empty
        QString footer;  // the footer's text around the page number: "Page %1"; %1 = number
    };

    // The whole package, or an empty array with a message in *error.
    static QByteArray write(const QTextDocument &document, const Options &options, QString *error);
};
