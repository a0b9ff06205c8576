// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/os_file.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <string>
#include <system_error>
#include <utility>

#ifdef _WIN32
#include <io.h>
#include <windows.h>

#include <shellapi.h>
#else
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace yike::platform {
namespace {

std::string trimmed(std::string text) {
    while (!text.empty()
           && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '
               || text.back() == '\0'))
        text.pop_back();
    return text;
}

std::string environmentOr(const char* name, const char* fallback) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : fallback;
}

}  // namespace

std::filesystem::path lockFileFor(const std::filesystem::path& file) {
    std::filesystem::path lock = file;
    lock += ".lock";
    return lock;
}

#ifdef _WIN32

namespace {

// The locked byte lies far beyond the holder text, so other processes can still read it
// (Windows byte-range locks are mandatory).
constexpr DWORD kLockedOffset = 0x40000000;

[[noreturn]] void throwLastError(const char* what) {
    throw std::system_error(static_cast<int>(GetLastError()), std::system_category(), what);
}

std::string systemMessage(DWORD error) {
    return std::system_category().message(static_cast<int>(error));
}

// A released lock file is deleted when its last handle closes; until then ("delete pending")
// opening it is refused with ERROR_ACCESS_DENIED, and locking it would lock a file that is
// about to vanish. Both cases are retried for this long before access is called denied.
constexpr int kReleaseRounds = 40;
constexpr DWORD kReleaseWaitMs = 25;

bool deletePending(HANDLE h) {
    FILE_STANDARD_INFO info{};
    return GetFileInformationByHandleEx(h, FileStandardInfo, &info, sizeof info)
           && info.DeletePending;
}

std::string readHolder(HANDLE h) {
    std::array<char, 256> buffer{};
    DWORD read = 0;
    if (!ReadFile(h, buffer.data(), static_cast<DWORD>(buffer.size() - 1), &read, nullptr))
        return {};
    return trimmed(std::string(buffer.data(), read));
}

}  // namespace

FileLock::FileLock(std::filesystem::path file, std::intptr_t handle)
    : m_file(std::move(file)), m_handle(handle) {}

FileLock::Attempt FileLock::tryAcquire(const std::filesystem::path& lockFile) {
    Attempt attempt;
    for (int round = 0; round < kReleaseRounds; ++round) {
        if (round > 0) Sleep(kReleaseWaitMs);
        HANDLE h = CreateFileW(lockFile.c_str(), GENERIC_READ | GENERIC_WRITE,
                               FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                               OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            const DWORD error = GetLastError();
            const bool exists = GetFileAttributesW(lockFile.c_str()) != INVALID_FILE_ATTRIBUTES;
            if (error == ERROR_ACCESS_DENIED && exists) continue;  // perhaps being released
            attempt.failure = error == ERROR_ACCESS_DENIED || error == ERROR_WRITE_PROTECT
                                  ? Failure::NotWritable
                                  : Failure::Io;
            attempt.detail = systemMessage(error);
            return attempt;
        }
        OVERLAPPED where{};
        where.Offset = kLockedOffset;
        if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &where)) {
            const DWORD error = GetLastError();
            if (error == ERROR_LOCK_VIOLATION || error == ERROR_IO_PENDING) {
                attempt.failure = Failure::Held;
                attempt.detail = readHolder(h);
                if (attempt.detail.empty()) attempt.detail = "another process";
            } else {
                attempt.failure = Failure::Io;
                attempt.detail = systemMessage(error);
            }
            CloseHandle(h);
            return attempt;
        }
        if (deletePending(h)) {  // locked just as its holder released it: start again
            UnlockFileEx(h, 0, 1, 0, &where);
            CloseHandle(h);
            continue;
        }
        // The content is informative only; a failure to write it does not weaken the lock.
        const std::string text = lockHolderText() + "\n";
        SetFilePointer(h, 0, nullptr, FILE_BEGIN);
        SetEndOfFile(h);
        DWORD written = 0;
        WriteFile(h, text.data(), static_cast<DWORD>(text.size()), &written, nullptr);
        attempt.lock.reset(new FileLock(lockFile, reinterpret_cast<std::intptr_t>(h)));
        return attempt;
    }
    const bool exists = GetFileAttributesW(lockFile.c_str()) != INVALID_FILE_ATTRIBUTES;
    attempt.failure = exists ? Failure::NotWritable : Failure::Io;
    attempt.detail = exists ? systemMessage(ERROR_ACCESS_DENIED)
                            : std::string("the lock file keeps being replaced");
    return attempt;
}

FileLock::~FileLock() {
    HANDLE h = reinterpret_cast<HANDLE>(m_handle);
    // Deleted while still locked, as on POSIX: the name goes when the last handle closes. A
    // program reading the holder text at this moment keeps the file there: harmless, as the
    // next holder ignores what it says.
    DeleteFileW(m_file.c_str());
    OVERLAPPED where{};
    where.Offset = kLockedOffset;
    UnlockFileEx(h, 0, 1, 0, &where);
    CloseHandle(h);
}

std::string lockHolderText() {
    return environmentOr("USERNAME", "user") + "@" + environmentOr("COMPUTERNAME", "host") + " pid "
           + std::to_string(currentProcessId());
}

long currentProcessId() {
    return static_cast<long>(GetCurrentProcessId());
}

std::vector<std::string> programArguments(int argc, char** argv) {
    int count = 0;
    LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (wide == nullptr) return std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc);
    std::vector<std::string> arguments;
    for (int i = 1; i < count; ++i) {
        const int length =
            WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, nullptr, 0, nullptr, nullptr);
        std::string text(static_cast<std::size_t>(length > 0 ? length : 1), '\0');
        WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, text.data(), length, nullptr, nullptr);
        text.resize(text.size() - 1);  // the terminating NUL
        arguments.push_back(std::move(text));
    }
    LocalFree(wide);
    return arguments;
}

void syncFile(const std::filesystem::path& file) {
    HANDLE h = CreateFileW(file.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) throwLastError("cannot open file to flush it");
    const BOOL ok = FlushFileBuffers(h);
    CloseHandle(h);
    if (!ok) throwLastError("cannot flush file");
}

void syncDirectory(const std::filesystem::path&) {
    // MoveFileEx with MOVEFILE_WRITE_THROUGH already waits for the rename to reach the disk.
}

void replaceFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        throwLastError("cannot replace file");
}

bool isTerminal(std::FILE* stream) {
    return _isatty(_fileno(stream)) != 0;
}

std::FILE* openFile(const std::filesystem::path& file, const char* mode) {
    const std::wstring wideMode(mode, mode + std::char_traits<char>::length(mode));
    return _wfopen(file.c_str(), wideMode.c_str());
}

bool isWritableDirectory(const std::filesystem::path& folder) {
    const DWORD attributes = GetFileAttributesW(folder.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
}

bool isWritableFile(const std::filesystem::path& file) {
    const DWORD attributes = GetFileAttributesW(file.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY) == 0;
}

#else

namespace {

[[noreturn]] void throwErrno(const char* what) {
    throw std::system_error(errno, std::generic_category(), what);
}

std::string readHolder(int fd) {
    std::array<char, 256> buffer{};
    const ssize_t n = ::pread(fd, buffer.data(), buffer.size() - 1, 0);
    if (n <= 0) return {};
    return trimmed(std::string(buffer.data(), static_cast<std::size_t>(n)));
}

bool sameFile(int fd, const std::filesystem::path& path) {
    struct stat opened {};
    struct stat named {};
    if (::fstat(fd, &opened) != 0 || ::stat(path.c_str(), &named) != 0) return false;
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

}  // namespace

FileLock::FileLock(std::filesystem::path file, std::intptr_t handle)
    : m_file(std::move(file)), m_handle(handle) {}

FileLock::Attempt FileLock::tryAcquire(const std::filesystem::path& lockFile) {
    Attempt attempt;
    // A releasing holder unlinks the file before unlocking it; whoever locks that unlinked
    // file must notice and start again on the file now at the path.
    for (int round = 0; round < 20; ++round) {
        const int fd = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0) {
            const int error = errno;
            attempt.failure = (error == EACCES || error == EPERM || error == EROFS)
                                  ? Failure::NotWritable
                                  : Failure::Io;
            attempt.detail = std::generic_category().message(error);
            return attempt;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (error == EWOULDBLOCK) {
                attempt.failure = Failure::Held;
                attempt.detail = readHolder(fd);
                if (attempt.detail.empty()) attempt.detail = "another process";
            } else {
                attempt.failure = Failure::Io;
                attempt.detail = std::generic_category().message(error);
            }
            ::close(fd);
            return attempt;
        }
        if (!sameFile(fd, lockFile)) {
            ::close(fd);
            continue;
        }
        // The content is informative only; a failure to write it does not weaken the lock.
        const std::string text = lockHolderText() + "\n";
        if (::ftruncate(fd, 0) == 0) {
            [[maybe_unused]] const ssize_t written = ::pwrite(fd, text.data(), text.size(), 0);
        }
        attempt.lock.reset(new FileLock(lockFile, static_cast<std::intptr_t>(fd)));
        return attempt;
    }
    attempt.failure = Failure::Io;
    attempt.detail = "the lock file keeps being replaced";
    return attempt;
}

FileLock::~FileLock() {
    ::unlink(m_file.c_str());
    ::close(static_cast<int>(m_handle));  // closing the last descriptor releases the flock
}

std::string lockHolderText() {
    std::string user;
    if (const passwd* entry = ::getpwuid(::geteuid());
        entry != nullptr && entry->pw_name != nullptr)
        user = entry->pw_name;
    if (user.empty()) user = environmentOr("USER", "user");
    std::array<char, 256> host{};
    if (::gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
    const std::string hostName = host[0] != '\0' ? std::string(host.data()) : "localhost";
    return user + "@" + hostName + " pid " + std::to_string(currentProcessId());
}

long currentProcessId() {
    return static_cast<long>(::getpid());
}

std::vector<std::string> programArguments(int argc, char** argv) {
    return std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc);
}

void syncFile(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throwErrno("cannot open file to flush it");
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0) throw std::system_error(error, std::generic_category(), "cannot flush file");
}

void syncDirectory(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) throwErrno("cannot open folder to flush it");
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot flush a folder; the rename itself has still happened.
    if (rc != 0 && error != EINVAL && error != EROFS)
        throw std::system_error(error, std::generic_category(), "cannot flush folder");
}

void replaceFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) throwErrno("cannot rename file");
}

bool isTerminal(std::FILE* stream) {
    return ::isatty(::fileno(stream)) != 0;
}

std::FILE* openFile(const std::filesystem::path& file, const char* mode) {
    return std::fopen(file.c_str(), mode);
}

bool isWritableDirectory(const std::filesystem::path& folder) {
    return ::access(folder.c_str(), W_OK | X_OK) == 0;
}

bool isWritableFile(const std::filesystem::path& file) {
    return ::access(file.c_str(), W_OK) == 0;
}

#endif

}  // namespace yike::platform
