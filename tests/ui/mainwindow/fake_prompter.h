// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <vector>

#include <QString>

#include "ui/document/document_error.h"
#include "ui/mainwindow/prompter.h"

namespace yike::ui::test {

/// A Prompter that answers from scripted queues and records what it was asked, so window tests
/// run without modal dialogs. Unscripted questions get the cautious answer (Cancel, no, Later,
/// an empty file name).
class FakePrompter : public Prompter {
public:
    struct Warning {
        QString title;
        QString text;
    };

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

    std::deque<SaveChoice> saveChoices;
    std::deque<bool> readOnlyAnswers;
    std::deque<RecoveryChoice> recoveryChoices;
    std::deque<QString> openFiles;
    std::deque<QString> saveFiles;

    std::vector<QString> saveQuestions;
    std::vector<DocumentError> readOnlyQuestions;
    std::vector<QString> recoveryQuestions;
    std::vector<DocumentError> errors;
    std::vector<Warning> warnings;
    std::vector<Warning> informations;
    std::vector<QString> aboutTexts;
    std::vector<QString> saveSuggestions;
};

}  // namespace yike::ui::test
