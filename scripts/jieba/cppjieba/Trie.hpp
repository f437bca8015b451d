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

struct DictUnit {
  Unicode word;
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
    Reserve(keys.size() * 2);
    assert(keys.size() == valuePointers.size());
    for (size_t i = 0; i < keys.size(); i++) {
      InsertNode(keys[i], valuePointers[i]);
    }
  }
  // newsprint: built straight from the dictionary's units, without copying every word first.
  explicit Trie(const vector<DictUnit>& units) {
    Reserve(units.size() * 2);
    for (size_t i = 0; i < units.size(); i++) {
      InsertNode(units[i].word, &units[i]);
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
    if (key.begin() == key.end()) {
      return;
    }
    uint32_t node = ROOT;
    for (Unicode::const_iterator citer = key.begin(); citer != key.end(); ++citer) {
      node = ChildOrNew(node, *citer);
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
    while (slots < edges * 2) {
      slots <<= 1;
    }
    keys_.assign(slots, 0);
    children_.assign(slots, NONE);
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
      if (keys_[i] == key) {
        return children_[i];
      }
      if (keys_[i] == 0) {
        return NONE;
      }
    }
  }

  uint32_t ChildOrNew(uint32_t node, Rune rune) {
    const uint64_t key = EdgeKey(node, rune);
    size_t i = Hash(key) & mask_;
    for (; keys_[i] != 0; i = (i + 1) & mask_) {
      if (keys_[i] == key) {
        return children_[i];
      }
    }
    if ((used_ + 1) * 10 > (mask_ + 1) * 7) {
      Grow();
      return ChildOrNew(node, rune);
    }
    const uint32_t child = uint32_t(values_.size());
    values_.push_back(NULL);
    keys_[i] = key;
    children_[i] = child;
    used_++;
    return child;
  }

  void Grow() {
    vector<uint64_t> keys;
    vector<uint32_t> children;
    keys.swap(keys_);
    children.swap(children_);
    const size_t slots = (mask_ + 1) * 2;
    keys_.assign(slots, 0);
    children_.assign(slots, NONE);
    mask_ = slots - 1;
    for (size_t s = 0; s < keys.size(); s++) {
      if (keys[s] == 0) {
        continue;
      }
      size_t i = Hash(keys[s]) & mask_;
      while (keys_[i] != 0) {
        i = (i + 1) & mask_;
      }
      keys_[i] = keys[s];
      children_[i] = children[s];
    }
  }

  vector<const DictUnit*> values_;  // per node; node 0 is the root
  vector<uint64_t> keys_;           // per slot: EdgeKey, or 0 when empty
  vector<uint32_t> children_;       // per slot: the child node
  size_t mask_;
  size_t used_;
}; // class Trie
} // namespace cppjieba

#endif // CPPJIEBA_TRIE_HPP
