-- Neovim 0.7's built-in LSP client drives the Newsdesk server on one article and records what it saw (diagnostics, hover, a quick fix) as JSON.
-- The mocha driver (test/editors/otherEditors.test.ts) asserts on that JSON; this script only fails on deadlines and missing answers.
local env = function(k) return assert(os.getenv(k), k .. ' is not set') end
local node, server, file, out, name = env('NEWSDESK_NODE'), env('NEWSDESK_SERVER'), env('NEWSDESK_FILE'), env('NEWSDESK_OUT'), env('NEWSDESK_NAME')
local result = { editor = 'nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }

local function finish(ok, err)
  result.ok = ok
  result.error = err
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

-- Waits on a condition, polling every 20 ms, up to a deadline; never a fixed sleep.
local function await(what, ms, predicate)
  if not vim.wait(ms, predicate, 20) then error('timed out after ' .. ms .. ' ms waiting for ' .. what) end
end

local function untagged_name(diags)
  for _, d in ipairs(diags) do
    if d.code == 'untagged-entity' and d.message:find(name, 1, true) then return d end
  end
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  local published = {}
  local id = vim.lsp.start_client({
    name = 'newsdesk',
    cmd = { node, '--max-semi-space-size=64', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
        if params.uri == uri then table.insert(published, params) end
        return vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
      end,
    },
  })
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  result.filetype = vim.bo[buf].filetype

  -- 1. Diagnostics: the raw LSP range (UTF-16) and Neovim's own conversion to byte columns, with the buffer text under it.
  await('diagnostics', 10000, function() return #vim.diagnostic.get(buf) > 0 end)
  result.offset_encoding = client.offset_encoding
  result.raw = published[#published].diagnostics
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, true)[1]
    table.insert(result.diagnostics, { code = d.code, message = d.message, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, text = line:sub(d.col + 1, d.end_col) })
  end
  local target = untagged_name(vim.diagnostic.get(buf))
  if not target then error('no untagged-entity diagnostic for ' .. name) end

  -- 2. Hover with the cursor on the diagnostic's first character, as K would ask.
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  result.hover_position = params.position
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 5000)
  local h = hover and hover[id] and hover[id].result
  result.hover = h and h.contents and (h.contents.value or h.contents) or vim.NIL

  -- 3. Quick fix, built the way vim.lsp.buf.code_action() builds it in 0.7: cursor range plus the line's diagnostics.
  local range_params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  range_params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf), only = { 'quickfix' } }
  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', range_params, 5000)
  local actions = (answers and answers[id] and answers[id].result) or {}
  result.actions = {}
  local chosen
  for _, a in ipairs(actions) do
    table.insert(result.actions, a.title)
    if a.title == 'Tag “' .. name .. '” as person' then chosen = a end
  end
  if not chosen then error('no "Tag as person" action among ' .. #actions) end
  local before = #published
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  result.line_after = vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, true)[1]

  -- 4. The server re-analyses the edited text: wait for a publish without the fixed diagnostic.
  await('the fixed diagnostic to clear', 10000, function()
    return #published > before and untagged_name(published[#published].diagnostics) == nil
  end)
  result.raw_after = published[#published].diagnostics
  result.version_after = published[#published].version
end)
finish(ok, not ok and tostring(err) or nil)
