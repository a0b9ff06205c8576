// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace yike::ui {

struct DocumentError;

/**
 * Every question and message the main window puts to the user, behind one interface so tests
 * can answer without modal dialogs. DialogPrompter is the real implementation (message boxes
 * and file dialogs); tests script a fake.
 */
class Prompter {
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class RecoveryChoice { Restore, Discard, Later };

    virtual ~Prompter();

    /// Unsaved changes in `documentTitle`: save them, discard them, or cancel the action.
    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& documentTitle) = 0;
    /// The file is held by another instance (error.offerReadOnly): open it read-only?
    virtual bool askOpenReadOnly(QWidget* parent, const DocumentError& error) = 0;
    virtual RecoveryChoice askRestore(QWidget* parent, const QString& title,
                                      const QString& text) = 0;
    virtual void showError(QWidget* parent, const DocumentError& error) = 0;
    virtual void showWarning(QWidget* parent, const QString& title, const QString& text) = 0;
    /// A report to read (plain text, several lines), such as what an import did.
    virtual void showInformation(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void showAbout(QWidget* parent, const QString& title, const QString& html) = 0;
    /// An existing file to open; empty when cancelled.
    virtual QString chooseOpenFile(QWidget* parent, const QString& caption,
                                   const QString& directory, const QString& filter) = 0;
    /// A file name to save to; empty when cancelled.
    virtual QString chooseSaveFile(QWidget* parent, const QString& caption,
                                   const QString& suggestion, const QString& filter) = 0;
};

/// Modal message boxes and file dialogs, with button texts from our own catalogue so they are
/// translated even where Qt's own translations are not installed.
class DialogPrompter : public Prompter {
public:
    SaveChoice askSaveChanges(QWidget* parent, const QString& documentTitle) override;
    bool askOpenReadOnly(QWidget* parent, const DocumentError& error) override;
    RecoveryChoice askRestore(QWidget* parent, const QString& title, const QString& text) override;
    void showError(QWidget* parent, const DocumentError& error) override;
    void showWarning(QWidget* parent, const QString& title, const QString& text) override;
    void showInformation(QWidget* parent, const QString& title, const QString& text) override;
    void showAbout(QWidget* parent, const QString& title, const QString& html) override;
    QString chooseOpenFile(QWidget* parent, const QString& caption, const QString& directory,
                           const QString& filter) override;
    QString chooseSaveFile(QWidget* parent, const QString& caption, const QString& suggestion,
                           const QString& filter) override;
};

}  // namespace yike::ui
