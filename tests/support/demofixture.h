#pragma once

#include "tempdatabase.h"

#include <QString>

#include <memory>

// The demo database (the built-in catalog, DemoData's values for 2020–2025 and its
// example accounts), built once per test program and copied for each test: a
// test writes only into its own copy, so tests stay independent of each other.
namespace DemoFixture {
// The file built once; never open it for writing, copy it.
QString templatePath();
// Copies the demo database to `path` (which must not exist).
bool copyTo(const QString &path, QString *error = nullptr);
// A fresh copy of the demo database in its own folder, opened (qFatal on failure).
std::unique_ptr<TempDatabase> open();
} // namespace DemoFixture
