// Atomic replacement with POSIX calls: mkstemp in the target's folder, write, fchmod, fsync,
// rename, then fsync of the folder (at once, or once for many files through FolderSyncs).
#include "cli/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace termnorm::cli {
namespace {

namespace fs = std::filesystem;

// The process's umask, for new files; read once before main (umask can only be read by
// setting it, which is not safe once worker threads run).
const mode_t kUmask = [] {
  const mode_t mask = umask(0);
  umask(mask);
  return mask;
}();

// Makes the renames into `folder` durable; the files are already complete either way.
void sync_folder(const std::string& folder) {
  if (const int dir = open(folder.c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
    fsync(dir);
    close(dir);
  }
}

}  // namespace

void FolderSyncs::add(const std::string& folder) {
  const std::lock_guard lock(mutex_);
  folders_.insert(folder);
}

void FolderSyncs::sync() {
  std::set<std::string> folders;
  {
    const std::lock_guard lock(mutex_);
    folders.swap(folders_);
  }
  for (const std::string& folder : folders) sync_folder(folder);
}

AtomicFile::AtomicFile(const std::string& path, const std::string& permissions_from) : target_(path) {
  std::error_code ec;
  if (fs::is_symlink(target_, ec)) {
    const fs::path resolved = fs::canonical(target_, ec);
    if (ec) {
      error_ = "cannot follow the symbolic link: " + ec.message();
      return;
    }
    target_ = resolved.string();
  }
  struct stat info;
  existed_ = stat(target_.c_str(), &info) == 0;
  struct stat model;
  if (existed_) mode_ = info.st_mode & 07777;
  else if (!permissions_from.empty() && stat(permissions_from.c_str(), &model) == 0) mode_ = model.st_mode & 07777;
  else mode_ = 0666 & ~kUmask;
  if (existed_) uid_ = info.st_uid, gid_ = info.st_gid;
  const fs::path target(target_);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string hidden_name = ".";
  hidden_name += target.filename().string();
  hidden_name += ".termnorm-XXXXXX";
  temp_ = (folder / hidden_name).string();
  fd_ = mkstemp(temp_.data());
  if (fd_ < 0) {
    error_ = std::string("cannot create a temporary file beside it: ") + std::strerror(errno);
    temp_.clear();
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!temp_.empty()) unlink(temp_.c_str());
}

void AtomicFile::fail(std::string_view what) {
  if (!error_) error_ = std::string(what) + ": " + std::strerror(errno);
}

void AtomicFile::write(std::string_view bytes) {
  while (!error_ && !bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail("cannot write");
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

std::optional<std::string> AtomicFile::commit(FolderSyncs* later) {
  if (!error_ && fchmod(fd_, mode_) != 0) fail("cannot set permissions");
  if (!error_ && existed_ && geteuid() == 0 && fchown(fd_, uid_, gid_) != 0) fail("cannot set the owner");
  if (!error_ && fsync(fd_) != 0) fail("cannot flush to disk");
  if (!error_ && close(fd_) != 0) fail("cannot write");
  fd_ = -1;
  if (!error_ && rename(temp_.c_str(), target_.c_str()) != 0) fail("cannot replace the file");
  if (error_) return error_;
  temp_.clear();  // renamed: nothing to remove
  const fs::path target(target_);
  const std::string folder = target.has_parent_path() ? target.parent_path().string() : std::string(".");
  if (later != nullptr) {
    later->add(folder);
  } else {
    sync_folder(folder);
  }
  return std::nullopt;
}

StagedReplacement::StagedReplacement(const std::string& path, std::string_view content,
                                     const std::optional<std::string>& backup_suffix, std::string_view original)
    : file_(path) {
  if (backup_suffix && !backup_suffix->empty() && fs::exists(path)) {
    backup_path_ = path + *backup_suffix;
    backup_ = std::make_unique<AtomicFile>(backup_path_, path);
    backup_->write(original);
  }
  file_.write(content);
}

std::optional<std::string> StagedReplacement::commit(FolderSyncs* later) {
  if (backup_) {
    if (auto error = backup_->commit()) return "backup " + backup_path_ + ": " + *error;
  }
  return file_.commit(later);
}

std::optional<std::string> write_atomically(const std::string& path, std::string_view content,
                                            const std::optional<std::string>& backup_suffix, std::string_view original,
                                            FolderSyncs* later) {
  return StagedReplacement(path, content, backup_suffix, original).commit(later);
}

}  // namespace termnorm::cli
