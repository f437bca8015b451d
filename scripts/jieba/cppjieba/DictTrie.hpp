// cppjieba's DictTrie.hpp (nodejs-jieba 0.3.0, MIT, Copyright (c) Yanyi Wu), changed by
// newsprint-review (scripts/patch-jieba.mjs builds it in place of the original) to load the same
// dictionary into the same trie with the same weights, faster: the file is read whole and its lines
// cut in place (no line, no column strings), the units' vector is sized once, the median weight is
// found among the weights alone (the original copied and sorted every unit for three numbers), and
// the trie is built from the units without a copy of every word (Trie.hpp is changed beside it).
#ifndef CPPJIEBA_DICT_TRIE_HPP
#define CPPJIEBA_DICT_TRIE_HPP

#include <iostream>
#include <fstream>
#include <map>
#include <string>
#include <cstring>
#include <cstdlib>
#include <stdint.h>
#include <cmath>
#include <limits>
#include <algorithm>
#include "limonp/StringUtil.hpp"
#include "limonp/Logging.hpp"
#include "Unicode.hpp"
#include "Trie.hpp"

namespace cppjieba {

using namespace limonp;

const double MIN_DOUBLE = -3.14e+100;
const double MAX_DOUBLE = 3.14e+100;
const size_t DICT_COLUMN_NUM = 3;
const char* const UNKNOWN_TAG = "";

class DictTrie {
 public:
  enum UserWordWeightOption {
    WordWeightMin,
    WordWeightMedian,
    WordWeightMax,
  }; // enum UserWordWeightOption

  DictTrie(const string& dict_path, const string& user_dict_paths = "", UserWordWeightOption user_word_weight_opt = WordWeightMedian) {
    Init(dict_path, user_dict_paths, user_word_weight_opt);
  }

  ~DictTrie() {
    delete trie_;
  }

  bool InsertUserWord(const string& word, const string& tag = UNKNOWN_TAG) {
    DictUnit node_info;
    Unicode runes;
    if (!MakeNodeInfo(node_info, runes, word, user_word_default_weight_, tag)) {
      return false;
    }
    active_node_infos_.push_back(node_info);
    trie_->InsertNode(runes, &active_node_infos_.back());
    return true;
  }

  bool InsertUserWord(const string& word,int freq, const string& tag = UNKNOWN_TAG) {
    DictUnit node_info;
    Unicode runes;
    double weight = freq ? log(1.0 * freq / freq_sum_) : user_word_default_weight_ ;
    if (!MakeNodeInfo(node_info, runes, word, weight , tag)) {
      return false;
    }
    active_node_infos_.push_back(node_info);
    trie_->InsertNode(runes, &active_node_infos_.back());
    return true;
  }

  const DictUnit* Find(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end) const {
    return trie_->Find(begin, end);
  }

  void Find(RuneStrArray::const_iterator begin, 
        RuneStrArray::const_iterator end, 
        vector<struct Dag>&res,
        size_t max_word_len = MAX_WORD_LENGTH) const {
    trie_->Find(begin, end, res, max_word_len);
  }

  bool Find(const string& word)
  {
    const DictUnit *tmp = NULL;
    RuneStrArray runes;
    if (!DecodeRunesInString(word, runes))
    {
      XLOG(ERROR) << "Decode failed.";
    }
    tmp = Find(runes.begin(), runes.end());
    if (tmp == NULL)
    {
      return false;
    }
    else
    {
      return true;
    }
  }

  bool IsUserDictSingleChineseWord(const Rune& word) const {
    return IsIn(user_dict_single_chinese_word_, word);
  }

  double GetMinWeight() const {
    return min_weight_;
  }

  void InserUserDictNode(const string& line) {
    vector<string> buf;
    DictUnit node_info;
    Unicode runes;
    Split(line, buf, " ");
    if(buf.size() == 1){
          MakeNodeInfo(node_info, runes,
                buf[0], 
                user_word_default_weight_,
                UNKNOWN_TAG);
        } else if (buf.size() == 2) {
          MakeNodeInfo(node_info, runes,
                buf[0], 
                user_word_default_weight_,
                buf[1]);
        } else if (buf.size() == 3) {
          int freq = atoi(buf[1].c_str());
          assert(freq_sum_ > 0.0);
          double weight = log(1.0 * freq / freq_sum_);
          MakeNodeInfo(node_info, runes, buf[0], weight, buf[2]);
        }
        static_node_infos_.push_back(node_info);
        Remember(runes);
        if (runes.size() == 1) {
          user_dict_single_chinese_word_.insert(runes[0]);
        }
  }
  
  void LoadUserDict(const vector<string>& buf) {
    for (size_t i = 0; i < buf.size(); i++) {
      InserUserDictNode(buf[i]);
    }
  }

   void LoadUserDict(const set<string>& buf) {
    std::set<string>::const_iterator iter;
    for (iter = buf.begin(); iter != buf.end(); iter++){
      InserUserDictNode(*iter);
    }
  }

  void LoadUserDict(const string& filePaths) {
    const vector<string> lines = ReadUserDictLines(filePaths);
    static_node_infos_.reserve(static_node_infos_.size() + lines.size());
    for (size_t i = 0; i < lines.size(); i++) {
      InserUserDictNode(lines[i]);
    }
  }

  // newsprint: the user dictionaries' lines, read before the main dictionary so the units' vector
  // is sized once for both (it held 350,000 units, 45 MB, when the original grew it for the first
  // user word and copied them all).
  static vector<string> ReadUserDictLines(const string& filePaths) {
    vector<string> files = limonp::Split(filePaths, "|;");
    vector<string> lines;
    for (size_t i = 0; i < files.size(); i++) {
      ifstream ifs(files[i].c_str());
      XCHECK(ifs.is_open()) << "open " << files[i] << " failed"; 
      string line;
      while (getline(ifs, line)) {
        if (line.size() == 0) {
          continue;
        }
        lines.push_back(line);
      }
    }
    return lines;
  }


 private:
  void Init(const string& dict_path, const string& user_dict_paths, UserWordWeightOption user_word_weight_opt) {
    const vector<string> user_lines = user_dict_paths.size() ? ReadUserDictLines(user_dict_paths) : vector<string>();
    LoadDict(dict_path, user_lines.size());
    freq_sum_ = CalcFreqSum(static_node_infos_);
    CalculateWeight(static_node_infos_, freq_sum_);
    SetStaticWordWeights(user_word_weight_opt);

    for (size_t i = 0; i < user_lines.size(); i++) {
      InserUserDictNode(user_lines[i]);
    }
    Shrink(static_node_infos_);
    CreateTrie(static_node_infos_);
  }
  
  void CreateTrie(const vector<DictUnit>& dictUnits) {
    assert(dictUnits.size());
    trie_ = new Trie(dictUnits, load_runes_, load_ends_);
    vector<Rune>().swap(load_runes_);
    vector<size_t>().swap(load_ends_);
  }

  // newsprint: the characters of each unit pushed so far, for the trie (the units keep lengths).
  void Remember(const Unicode& runes) {
    load_runes_.insert(load_runes_.end(), runes.begin(), runes.end());
    load_ends_.push_back(load_runes_.size());
  }

  bool MakeNodeInfo(DictUnit& node_info,
        Unicode& runes,
        const string& word, 
        double weight, 
        const string& tag) {
    if (!DecodeRunesInString(word, runes)) {
      XLOG(ERROR) << "Decode " << word << " failed.";
      return false;
    }
    node_info.word.length = runes.size();
    node_info.weight = weight;
    node_info.tag = tag;
    return true;
  }

  void LoadDict(const string& filePath, size_t more) {
    // Text mode, as the original's getline read it: on Windows a CRLF file reads as LF lines there
    // too (the read may then return fewer characters than tellg counted; the string is cut to them).
    ifstream ifs(filePath.c_str());
    XCHECK(ifs.is_open()) << "open " << filePath << " failed.";
    ifs.seekg(0, ios::end);
    string text(size_t(max<streamoff>(ifs.tellg(), 0)), '\0');
    ifs.seekg(0, ios::beg);
    ifs.read(&text[0], streamsize(text.size()));
    text.resize(size_t(ifs.gcount()));
    const size_t lines = std::count(text.begin(), text.end(), '\n') + 1;
    static_node_infos_.reserve(lines + more);
    load_ends_.reserve(lines + more);
    load_runes_.reserve(text.size() / 3 + more * 4);

    DictUnit node_info;
    Unicode runes;
    size_t start = 0;
    while (start < text.size()) {
      // A line as getline gives it: up to a newline, the last one without.
      size_t stop = text.find('\n', start);
      if (stop == string::npos) {
        stop = text.size();
      }
      // Its columns as limonp::Split(line, buf, " ") gives them: a space ends a column, a space
      // at the very end adds none, two spaces make an empty one.
      size_t begins[DICT_COLUMN_NUM], ends[DICT_COLUMN_NUM];
      size_t columns = 0;
      for (size_t at = start; at < stop; ) {
        const void* found = memchr(text.data() + at, ' ', stop - at);
        const size_t end = found ? size_t(static_cast<const char*>(found) - text.data()) : stop;
        if (columns < DICT_COLUMN_NUM) {
          begins[columns] = at;
          ends[columns] = end;
        }
        columns++;
        at = end + 1;
      }
      XCHECK(columns == DICT_COLUMN_NUM) << "split result illegal, line:" << text.substr(start, stop - start);
      DecodeRunesInString(text.data() + begins[0], ends[0] - begins[0], runes);
      node_info.word.length = runes.size();
      node_info.weight = ParseWeight(text.data() + begins[1], text.data() + ends[1]);
      node_info.tag.assign(text, begins[2], ends[2] - begins[2]);
      static_node_infos_.push_back(node_info);
      Remember(runes);
      start = stop + 1;
    }
  }

  // atof on the column alone: an empty column is 0, and strtod stops at the space after it. The
  // main dictionary's frequencies are whole numbers: up to 15 digits their value is exact in a
  // double, so summing the digits gives what strtod gives, without its cost (a tenth of the load).
  static double ParseWeight(const char* begin, const char* end) {
    if (begin == end) {
      return 0.0;
    }
    if (end - begin <= 15) {
      uint64_t whole = 0;
      const char* at = begin;
      for (; at != end && *at >= '0' && *at <= '9'; ++at) {
        whole = whole * 10 + uint64_t(*at - '0');
      }
      if (at == end) {
        return double(whole);
      }
    }
    return strtod(begin, NULL);
  }

  static bool WeightCompare(const DictUnit& lhs, const DictUnit& rhs) {
    return lhs.weight < rhs.weight;
  }

  void SetStaticWordWeights(UserWordWeightOption option) {
    XCHECK(!static_node_infos_.empty());
    vector<double> x;
    x.reserve(static_node_infos_.size());
    for (size_t i = 0; i < static_node_infos_.size(); i++) {
      x.push_back(static_node_infos_[i].weight);
    }
    // The weights the original's full sort put first, last and in the middle.
    min_weight_ = *min_element(x.begin(), x.end());
    max_weight_ = *max_element(x.begin(), x.end());
    nth_element(x.begin(), x.begin() + x.size() / 2, x.end());
    median_weight_ = x[x.size() / 2];
    switch (option) {
     case WordWeightMin:
       user_word_default_weight_ = min_weight_;
       break;
     case WordWeightMedian:
       user_word_default_weight_ = median_weight_;
       break;
     default:
       user_word_default_weight_ = max_weight_;
       break;
    }
  }

  double CalcFreqSum(const vector<DictUnit>& node_infos) const {
    double sum = 0.0;
    for (size_t i = 0; i < node_infos.size(); i++) {
      sum += node_infos[i].weight;
    }
    return sum;
  }

  void CalculateWeight(vector<DictUnit>& node_infos, double sum) const {
    assert(sum > 0.0);
    for (size_t i = 0; i < node_infos.size(); i++) {
      DictUnit& node_info = node_infos[i];
      assert(node_info.weight > 0.0);
      node_info.weight = log(double(node_info.weight)/sum);
    }
  }

  // The original copied every unit into a vector of exact size; the vector was sized once here.
  void Shrink(vector<DictUnit>& units) const {
    (void)units;
  }

  vector<DictUnit> static_node_infos_;
  vector<Rune> load_runes_;   // while loading: every unit's characters, one after another
  vector<size_t> load_ends_;  // while loading: where each unit's characters end
  deque<DictUnit> active_node_infos_; // must not be vector
  Trie * trie_;

  double freq_sum_;
  double min_weight_;
  double max_weight_;
  double median_weight_;
  double user_word_default_weight_;
  unordered_set<Rune> user_dict_single_chinese_word_;
};
}

#endif
