-- A real Neovim (Debian 12's 0.7.2) against the language server, as a user's configuration sets
-- it up (newsprint.lua beside this file). Run headless by scripts/editors/run.mjs:
--   NEWSPRINT_NODE=node NEWSPRINT_SERVER=…/server.js NEWSPRINT_WORKSPACE=<dir holding seeds/>
--   nvim --headless -n -i NONE -u scripts/editors/nvim/check.lua
-- Prints one "  ✔ name" or "  ✖ name" line (with a reason) per check and exits non-zero when one
-- failed. Neovim 0.7 echoes diagnostics to code-action requests in byte columns, not UTF-16: the
-- quick fix on a CJK line is found only through the key the server puts in each diagnostic's data.
-- Nothing is saved: the buffer is discarded on exit.
local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)')
local workspace = assert(os.getenv('NEWSPRINT_WORKSPACE'), 'NEWSPRINT_WORKSPACE is not set')
local FILE = workspace .. '/seeds/003_feb2debdf300b655.txt'
local OTHER = '000_024af6bbebe0fcb3.txt'
local CJK_LINE = 232 -- 1-based: 家高新技术企业 36家，总数达 228
local BEFORE, AFTER = '技术企业 36家', '技术企业36家'

local failed, passed = 0, 0
local function say(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    say('  ✔ ' .. name)
  else
    failed = failed + 1
    say('  ✖ ' .. name .. '\n    ' .. tostring(err):gsub('\n', '\n    '))
  end
end
-- vim.wait runs the event loop until the condition holds: the wait is on the server's messages.
local function wait_for(what, ms, cond)
  if not vim.wait(ms, cond, 20) then
    error('timed out after ' .. ms / 1000 .. ' s waiting for ' .. what, 2)
  end
end

-- Every publishDiagnostics for the file, raw (the LSP shapes, relatedInformation included).
local publishes = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and vim.uri_to_fname(result.uri) == FILE then
    table.insert(publishes, result.diagnostics)
  end
  return publish(err, result, ctx, config)
end
local function latest()
  return publishes[#publishes] or {}
end
local function has(diags, pred)
  for _, d in ipairs(diags) do
    if pred(d) then
      return d
    end
  end
end

-- Every code action the server offered in these checks, for the last check.
local offered = {}
-- What a picker plugin would do: take the action `choose` names (the first by default). The edit is
-- applied by Neovim's own code-action handler.
local choose
vim.ui.select = function(items, _, on_choice)
  for _, item in ipairs(items) do
    table.insert(offered, item[2])
  end
  local pick = choose or function(list)
    return list[1]
  end
  on_choice(pick(items))
end
local function line(n)
  return vim.api.nvim_buf_get_lines(0, n - 1, n, true)[1]
end

local function main()
  dofile(here .. 'newsprint.lua')
  vim.cmd('edit ' .. vim.fn.fnameescape(FILE))
  local client
  check('diagnostics appear on 003', function()
    assert(vim.bo.filetype == 'newsprint', 'the file did not get the newsprint filetype: ' .. vim.bo.filetype)
    wait_for('the server to start', 30000, function()
      client = vim.lsp.get_active_clients()[1]
      return client ~= nil and client.initialized
    end)
    wait_for('diagnostics with NP101', 30000, function()
      return has(latest(), function(d) return d.code == 'NP101' end) ~= nil
    end)
    assert(#vim.diagnostic.get(0) > 0, 'Neovim holds no diagnostics for the buffer')
  end)

  check('the 000/003 reprint is reported with its related location', function()
    assert(client, 'the server is not running')
    -- The workspace index is built after `initialized`; the reprint comes in a later publish.
    wait_for('NP201 naming ' .. OTHER, 60000, function()
      return has(latest(), function(d)
        return d.code == 'NP201' and has(d.relatedInformation or {}, function(r)
          return vim.endswith(r.location.uri, OTHER)
        end) ~= nil
      end) ~= nil
    end)
  end)

  check('a quick fix applies on a CJK line', function()
    assert(client, 'the server is not running')
    local text = line(CJK_LINE)
    local from = assert(text:find(BEFORE, 1, true), 'line ' .. CJK_LINE .. ' does not read ' .. BEFORE .. ': ' .. text)
    -- The cursor on the space, in bytes as Neovim counts; the diagnostics sent back are the line's.
    local space = from + #'技术企业' - 1
    vim.api.nvim_win_set_cursor(0, { CJK_LINE, space })
    choose = function(items)
      for _, item in ipairs(items) do
        if item[2].isPreferred and has(item[2].diagnostics or {}, function(d) return d.code == 'NP106' end) then
          return item
        end
      end
      error('no preferred NP106 fix among ' .. #items .. ' actions: ' .. vim.inspect(vim.tbl_map(function(i) return i[2].title end, items)))
    end
    vim.lsp.buf.code_action({ only = { 'quickfix' } })
    wait_for('the fix to change line ' .. CJK_LINE, 10000, function()
      return line(CJK_LINE) ~= text
    end)
    local now = line(CJK_LINE)
    assert(now:find(AFTER, 1, true) and not now:find(BEFORE, 1, true), 'line ' .. CJK_LINE .. ' now reads ' .. now)
  end)

  check('fix-all applies', function()
    assert(client, 'the server is not running')
    local lines, count = vim.api.nvim_buf_line_count(0), #publishes
    choose = nil
    vim.lsp.buf.code_action({ only = { 'source.fixAll.newsprint' }, diagnostics = {} })
    wait_for('fix-all to change the buffer', 10000, function()
      return vim.api.nvim_buf_line_count(0) < lines
    end)
    local before = #publishes[count]
    wait_for('fewer diagnostics after fix-all', 30000, function()
      return #publishes > count and #latest() < before
    end)
  end)

  check('no action or lens names a command the client cannot run', function()
    assert(client, 'the server is not running')
    local runs = {}
    for _, c in ipairs((client.server_capabilities.executeCommandProvider or {}).commands or {}) do
      runs[c] = true
    end
    local all = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(0), character = 0 } }
    local params = { textDocument = vim.lsp.util.make_text_document_params(), range = all, context = { diagnostics = latest() } }
    local actions = assert(client.request_sync('textDocument/codeAction', params, 10000, 0)).result or {}
    local lenses = assert(client.request_sync('textDocument/codeLens', { textDocument = params.textDocument }, 10000, 0)).result or {}
    assert(#actions + #offered > 0, 'no code actions at all to look at')
    local bad, seen = {}, {}
    local function look(kind, item)
      local command = type(item.command) == 'table' and item.command.command or item.command
      local what = kind .. ' “' .. (item.title or (item.command or {}).title or '?') .. '” runs ' .. tostring(command)
      if command and not runs[command] and not seen[what] then
        seen[what] = true
        table.insert(bad, what)
      end
    end
    for _, a in ipairs(offered) do look('action', a) end
    for _, a in ipairs(actions) do look('action', a) end
    for _, l in ipairs(lenses) do look('lens', l) end
    assert(#bad == 0, table.concat(bad, '\n'))
  end)

  if client then
    client.stop()
    vim.wait(5000, function() return client.is_stopped() end, 20)
  end
  say(passed .. ' passed, ' .. failed .. ' failed')
  vim.cmd(failed > 0 and 'cquit 1' or 'qall!')
end

local ok, err = pcall(main)
if not ok then
  say('  ✖ the check itself failed\n    ' .. tostring(err))
  vim.cmd('cquit 1')
end
