// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/project/child_process.h"

#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#else
#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;
#endif

namespace yike::test {

namespace {
constexpr std::chrono::milliseconds kReadTimeout{60000};
}  // namespace

#ifdef _WIN32

namespace {

HANDLE handleOf(std::intptr_t value) {
    return reinterpret_cast<HANDLE>(value);
}

[[noreturn]] void throwLastError(const std::string& what) {
    throw std::system_error(static_cast<int>(GetLastError()), std::system_category(), what);
}

std::wstring wide(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int size = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()),
                                         nullptr, 0);
    std::wstring text(static_cast<std::size_t>(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), text.data(),
                        size);
    return text;
}

/// One argument of a command line as the C runtime splits it again: quoted, with the
/// backslashes before a quote doubled and the quote escaped.
std::wstring quotedArgument(const std::wstring& argument) {
    std::wstring quoted = L"\"";
    std::size_t backslashes = 0;
    for (const wchar_t c : argument) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        quoted.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
        backslashes = 0;
        quoted.push_back(c);
    }
    quoted.append(backslashes * 2, L'\\');
    return quoted + L"\"";
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& args) {
    if (args.empty()) throw std::invalid_argument("ChildProcess needs a program");
    SECURITY_ATTRIBUTES inheritable{};
    inheritable.nLength = sizeof inheritable;
    inheritable.bInheritHandle = TRUE;
    HANDLE readEnd = nullptr;
    HANDLE writeEnd = nullptr;
    if (!CreatePipe(&readEnd, &writeEnd, &inheritable, 0)) throwLastError("CreatePipe");
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);

    std::wstring commandLine;
    for (const std::string& arg : args) {
        if (!commandLine.empty()) commandLine += L' ';
        commandLine += quotedArgument(wide(arg));
    }
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = writeEnd;
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process{};
    const BOOL started = CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, TRUE, 0,
                                        nullptr, nullptr, &startup, &process);
    const DWORD error = GetLastError();
    CloseHandle(writeEnd);
    if (!started) {
        CloseHandle(readEnd);
        throw std::system_error(static_cast<int>(error), std::system_category(),
                                "CreateProcess " + args[0]);
    }
    CloseHandle(process.hThread);
    m_pid = static_cast<long>(process.dwProcessId);
    m_process = reinterpret_cast<std::intptr_t>(process.hProcess);
    m_output = reinterpret_cast<std::intptr_t>(readEnd);
}

ChildProcess::~ChildProcess() {
    kill();
    if (m_output != -1) CloseHandle(handleOf(m_output));
}

std::optional<std::string> ChildProcess::readLine() {
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + kReadTimeout;
    for (;;) {
        DWORD available = 0;
        if (!PeekNamedPipe(handleOf(m_output), nullptr, 0, nullptr, &available, nullptr))
            return std::nullopt;  // the helper ended and its output is read
        if (available == 0) {
            if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
            Sleep(5);
            continue;
        }
        char c = 0;
        DWORD read = 0;
        if (!ReadFile(handleOf(m_output), &c, 1, &read, nullptr) || read == 0) return std::nullopt;
        if (c == '\n') {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        line.push_back(c);
    }
}

void ChildProcess::kill() {
    if (m_process == 0) return;
    TerminateProcess(handleOf(m_process), 1);
    WaitForSingleObject(handleOf(m_process), INFINITE);
    CloseHandle(handleOf(m_process));
    m_process = 0;
    m_pid = -1;
}

#else

ChildProcess::ChildProcess(const std::vector<std::string>& args) {
    if (args.empty()) throw std::invalid_argument("ChildProcess needs a program");
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw std::system_error(errno, std::generic_category(), "pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    std::vector<char*> argv;
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        throw std::system_error(rc, std::generic_category(), "posix_spawn " + args[0]);
    }
    m_pid = static_cast<long>(pid);
    m_output = fds[0];
}

ChildProcess::~ChildProcess() {
    kill();
    if (m_output >= 0) ::close(static_cast<int>(m_output));
}

std::optional<std::string> ChildProcess::readLine() {
    std::string line;
    for (;;) {
        pollfd waiting{static_cast<int>(m_output), POLLIN, 0};
        const int ready = ::poll(&waiting, 1, static_cast<int>(kReadTimeout.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) return std::nullopt;
        char c = 0;
        const ssize_t n = ::read(static_cast<int>(m_output), &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;
        if (c == '\n') return line;
        line.push_back(c);
    }
}

void ChildProcess::kill() {
    if (m_pid <= 0) return;
    const auto pid = static_cast<pid_t>(m_pid);
    ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
}

#endif

}  // namespace yike::test
