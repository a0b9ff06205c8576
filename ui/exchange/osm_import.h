// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include "core/osm/osm_import.h"

namespace yike::ui {

class BackgroundRunner;
class ProjectDocument;

/// The import report in the UI language: what was read, one line a layer, then what was left
/// out or estimated and why. Plain text, lines separated by '\n'.
QString osmImportSummary(const osm::ImportReport& report);

/// Why `fileName` could not be imported, in the UI language, with what to do about it.
QString osmImportErrorText(const osm::OsmImportError& error, const QString& fileName);

/**
 * File → New from OpenStreetMap: reads an OpenStreetMap file (any format the importer reads)
 * into a new project on a worker thread, with progress and cancel. Only when the import
 * succeeds does the document get the new project, as an unsaved document titled after the
 * file; a failure or a cancel leaves the open project as it was.
 */
class OsmImporter : public QObject {
    Q_OBJECT

public:
    explicit OsmImporter(ProjectDocument* document, QObject* parent = nullptr);
    ~OsmImporter() override;

    /// Starts reading `path`; one of imported(), failed() or cancelled() follows.
    void start(const QString& path);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(double fraction);
    /// The document now holds the imported project; `summary` is osmImportSummary's text.
    void imported(const QString& summary);
    void failed(const QString& message);
    void cancelled();

private:
    ProjectDocument* m_document;
    BackgroundRunner* m_runner;
};

}  // namespace yike::ui
