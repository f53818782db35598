#pragma once
// A short queue that hands values from one producer thread to one consumer
// thread. push() waits while the queue is full, so memory stays bounded; either
// side can end it: the producer with close(), the consumer with abandon().

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace jixiao::cli {

template <class T>
class Handoff {
 public:
  explicit Handoff(std::size_t capacity) : capacity_(capacity) {}

  // Waits for room; false (and `value` dropped) when the consumer has abandoned.
  bool push(T value) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return items_.size() < capacity_ || abandoned_; });
    if (abandoned_) return false;
    items_.push_back(std::move(value));
    lock.unlock();
    filled_.notify_one();
    return true;
  }

  // The next value; nullopt once the producer has closed and all are taken.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    filled_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    std::optional<T> value(std::move(items_.front()));
    items_.pop_front();
    lock.unlock();
    room_.notify_one();
    return value;
  }

  void close() {
    {
      const std::lock_guard lock(mutex_);
      closed_ = true;
    }
    filled_.notify_all();
  }

  void abandon() {
    {
      const std::lock_guard lock(mutex_);
      abandoned_ = true;
      items_.clear();
    }
    room_.notify_all();
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable room_, filled_;
  std::deque<T> items_;
  bool closed_ = false;
  bool abandoned_ = false;
};

}  // namespace jixiao::cli
