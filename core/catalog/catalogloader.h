#pragma once

#include "model/catalog.h"

#include <QCoreApplication>

// Reads the plan catalog from a folder of TSV files (plans, units, indicators,
// baselines). The built-in one is compiled into the program from resources/catalog.
class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static bool load(const QString &folder, Catalog *out, QString *error);
    // The catalog shipped with the program; it is known to load.
    static const Catalog &builtin();
};
