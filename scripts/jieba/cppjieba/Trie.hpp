// cppjieba's Trie.hpp (nodejs-jieba 0.3.0, MIT, Copyright (c) Yanyi Wu), changed by newsprint-review
// (scripts/patch-jieba.mjs builds it in place of the original): the same trie and the same Find()
// answers, stored as one open-addressing table of edges (parent node, character) -> child node
// instead of a heap-allocated unordered_map and node per character. The original made about a
// million small allocations for the 350,000 words of the main dictionary (most of the load's time,
// and page faults whose cost varies several-fold between machines); this makes a handful.
#ifndef CPPJIEBA_TRIE_HPP
#define CPPJIEBA_TRIE_HPP

#include <vector>
#include <queue>
#include <stdint.h>
#include "limonp/StdExtension.hpp"
#include "Unicode.hpp"

namespace cppjieba {

using namespace std;

const size_t MAX_WORD_LENGTH = 512;

// newsprint: a unit keeps its word's length only (all the segmenters read of it); the characters
// are the trie's edges. The original kept them in a 64-character inline vector, 128 bytes a unit.
struct DictWord {
  size_t length;
  DictWord(): length(0) {
  }
  size_t size() const {
    return length;
  }
}; // struct DictWord

struct DictUnit {
  DictWord word;
  double weight;
  string tag;
}; // struct DictUnit

struct Dag {
  RuneStr runestr;
  // [offset, nexts.first]
  limonp::LocalVector<pair<size_t, const DictUnit*> > nexts;
  const DictUnit * pInfo;
  double weight;
  size_t nextPos; // TODO
  Dag():runestr(), pInfo(NULL), weight(0.0), nextPos(0) {
  }
}; // struct Dag

typedef Rune TrieKey;

class Trie {
 public:
  Trie(const vector<Unicode>& keys, const vector<const DictUnit*>& valuePointers) {
    Reserve(keys.size() + keys.size() / 2);
    assert(keys.size() == valuePointers.size());
    for (size_t i = 0; i < keys.size(); i++) {
      InsertNode(keys[i], valuePointers[i]);
    }
  }
  // newsprint: unit i's word is runes[ends[i - 1], ends[i]) (ends[-1] being 0).
  Trie(const vector<DictUnit>& units, const vector<Rune>& runes, const vector<size_t>& ends) {
    assert(units.size() == ends.size());
    Reserve(units.size() + units.size() / 2);
    size_t begin = 0;
    for (size_t i = 0; i < units.size(); i++) {
      InsertNode(runes.data() + begin, runes.data() + ends[i], &units[i]);
      begin = ends[i];
    }
  }

  const DictUnit* Find(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end) const {
    if (begin == end) {
      return NULL;
    }
    uint32_t node = ROOT;
    for (RuneStrArray::const_iterator it = begin; it != end; it++) {
      node = Child(node, it->rune);
      if (node == NONE) {
        return NULL;
      }
    }
    return values_[node];
  }

  void Find(RuneStrArray::const_iterator begin,
        RuneStrArray::const_iterator end,
        vector<struct Dag>&res,
        size_t max_word_len = MAX_WORD_LENGTH) const {
    res.resize(end - begin);

    for (size_t i = 0; i < size_t(end - begin); i++) {
      res[i].runestr = *(begin + i);

      uint32_t node = Child(ROOT, res[i].runestr.rune);
      res[i].nexts.push_back(pair<size_t, const DictUnit*>(i, node == NONE ? static_cast<const DictUnit*>(NULL) : values_[node]));

      for (size_t j = i + 1; j < size_t(end - begin) && (j - i + 1) <= max_word_len; j++) {
        if (node == NONE) {
          break;
        }
        node = Child(node, (begin + j)->rune);
        if (node == NONE) {
          break;
        }
        if (NULL != values_[node]) {
          res[i].nexts.push_back(pair<size_t, const DictUnit*>(j, values_[node]));
        }
      }
    }
  }

  void InsertNode(const Unicode& key, const DictUnit* ptValue) {
    InsertNode(key.begin(), key.end(), ptValue);
  }

  void InsertNode(const Rune* begin, const Rune* end, const DictUnit* ptValue) {
    if (begin == end) {
      return;
    }
    uint32_t node = ROOT;
    for (const Rune* it = begin; it != end; ++it) {
      node = ChildOrNew(node, *it);
    }
    values_[node] = ptValue;
  }

 private:
  static constexpr uint32_t ROOT = 0;
  static constexpr uint32_t NONE = 0xFFFFFFFFu;

  // An edge's key: the parent node plus one in the high half (so no key is 0, the empty slot's
  // mark) and the character in the low half.
  static uint64_t EdgeKey(uint32_t node, Rune rune) {
    return ((uint64_t(node) + 1) << 32) | uint64_t(rune);
  }
  static size_t Hash(uint64_t key) {
    key ^= key >> 31;
    key *= 0x9E3779B97F4A7C15ULL;
    key ^= key >> 29;
    return size_t(key);
  }

  void Reserve(size_t edges) {
    size_t slots = 16;
    while (slots * 7 < edges * 10) {
      slots <<= 1;
    }
    slots_.assign(slots, Slot());
    mask_ = slots - 1;
    used_ = 0;
    values_.reserve(edges + 1);
    if (values_.empty()) {
      values_.push_back(NULL);  // the root
    }
  }

  uint32_t Child(uint32_t node, Rune rune) const {
    const uint64_t key = EdgeKey(node, rune);
    for (size_t i = Hash(key) & mask_; ; i = (i + 1) & mask_) {
      if (slots_[i].key == key) {
        return slots_[i].child;
      }
      if (slots_[i].key == 0) {
        return NONE;
      }
    }
  }

  uint32_t ChildOrNew(uint32_t node, Rune rune) {
    const uint64_t key = EdgeKey(node, rune);
    size_t i = Hash(key) & mask_;
    for (; slots_[i].key != 0; i = (i + 1) & mask_) {
      if (slots_[i].key == key) {
        return slots_[i].child;
      }
    }
    if ((used_ + 1) * 10 > slots_.size() * 7) {
      Grow();
      return ChildOrNew(node, rune);
    }
    const uint32_t child = uint32_t(values_.size());
    values_.push_back(NULL);
    slots_[i].key = key;
    slots_[i].child = child;
    used_++;
    return child;
  }

  void Grow() {
    vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    for (size_t s = 0; s < old.size(); s++) {
      if (old[s].key == 0) {
        continue;
      }
      size_t i = Hash(old[s].key) & mask_;
      while (slots_[i].key != 0) {
        i = (i + 1) & mask_;
      }
      slots_[i] = old[s];
    }
  }

  // An edge: its key and its child side by side, so a probe reads one cache line.
  struct Slot {
    uint64_t key;    // EdgeKey, or 0 when empty
    uint32_t child;  // the child node
    Slot(): key(0), child(NONE) {
    }
  };

  vector<const DictUnit*> values_;  // per node; node 0 is the root
  vector<Slot> slots_;
  size_t mask_;
  size_t used_;
}; // class Trie
} // namespace cppjieba

#endif // CPPJIEBA_TRIE_HPP
