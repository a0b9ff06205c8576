// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/mainwindow/fake_prompter.h"

namespace yike::ui::test {
namespace {

template <typename T>
T takeOr(std::deque<T>& queue, T fallback) {
    if (queue.empty()) return fallback;
    T value = queue.front();
    queue.pop_front();
    return value;
}

}  // namespace

Prompter::SaveChoice FakePrompter::askSaveChanges(QWidget*, const QString& documentTitle) {
    saveQuestions.push_back(documentTitle);
    return takeOr(saveChoices, SaveChoice::Cancel);
}

bool FakePrompter::askOpenReadOnly(QWidget*, const DocumentError& error) {
    readOnlyQuestions.push_back(error);
    return takeOr(readOnlyAnswers, false);
}

Prompter::RecoveryChoice FakePrompter::askRestore(QWidget*, const QString&, const QString& text) {
    recoveryQuestions.push_back(text);
    return takeOr(recoveryChoices, RecoveryChoice::Later);
}

void FakePrompter::showError(QWidget*, const DocumentError& error) {
    errors.push_back(error);
}

void FakePrompter::showWarning(QWidget*, const QString& title, const QString& text) {
    warnings.push_back({title, text});
}

void FakePrompter::showInformation(QWidget*, const QString& title, const QString& text) {
    informations.push_back({title, text});
}

void FakePrompter::showAbout(QWidget*, const QString&, const QString& html) {
    aboutTexts.push_back(html);
}

QString FakePrompter::chooseOpenFile(QWidget*, const QString&, const QString&, const QString&) {
    return takeOr(openFiles, QString());
}

QString FakePrompter::chooseSaveFile(QWidget*, const QString&, const QString& suggestion,
                                     const QString&) {
    saveSuggestions.push_back(suggestion);
    return takeOr(saveFiles, QString());
}

}  // namespace yike::ui::test
