-- Newsprint review in Neovim 0.7 (Debian 12's), with no plugin: the configuration the editors check
-- (npm run test:editors) runs, quoted in the README. Put it in init.lua, with the server's path in
-- NEWSPRINT_SERVER or written in below. Neovim 0.8+ can use vim.lsp.start() instead, 0.11+
-- vim.lsp.config().
local server = os.getenv('NEWSPRINT_SERVER') or '/path/to/server/dist/server.js'
local node = os.getenv('NEWSPRINT_NODE') or 'node'

-- Page files live in a seeds/ folder; they are newspaper text, whatever their extension says.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*/seeds/*.txt',
  callback = function()
    vim.bo.filetype = 'newsprint'
  end,
})

-- One server per session, attached to every newsprint buffer; the workspace is the folder above
-- seeds/, so reprints across pages are found.
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'newsprint',
  callback = function(args)
    if not client_id then
      local file = vim.api.nvim_buf_get_name(args.buf)
      local seeds = vim.fn.finddir('seeds', vim.fn.fnamemodify(file, ':p:h') .. ';')
      local root = seeds ~= '' and vim.fn.fnamemodify(seeds, ':p:h:h') or vim.fn.getcwd()
      client_id = vim.lsp.start_client({
        name = 'newsprint',
        cmd = { node, server, '--stdio' },
        root_dir = root,
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
