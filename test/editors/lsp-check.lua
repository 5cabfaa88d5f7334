-- Drives the Support Tone language server from a real Neovim (0.7 or later), headless.
--
--   SUPPORT_TONE_BIN=bin/support-tone.js SUPPORT_TONE_FILE=draft.reply.md SUPPORT_TONE_OUT=out.json \
--     nvim --headless --clean -n -c 'luafile test/editors/lsp-check.lua'
--
-- It opens SUPPORT_TONE_FILE, attaches `node SUPPORT_TONE_BIN lsp --stdio` with the file's folder
-- as root_dir, waits for the server's first publishDiagnostics for the buffer, asks for CodeLens
-- and writes {published, diagnosticApi, codeLens} as JSON to SUPPORT_TONE_OUT (a file, because
-- headless Neovim's own terminal output would interleave with stdout). SUPPORT_TONE_NODE picks
-- the Node binary (default `node`). On any failure it writes {error} instead and exits 1.
-- Neovim 0.7 has no vim.lsp.start, so this uses vim.lsp.start_client + buf_attach_client.

local WAIT_MS = tonumber(vim.env.SUPPORT_TONE_WAIT_MS or '') or 20000
local out_path = vim.env.SUPPORT_TONE_OUT

local function write_json(value)
  local handle = assert(io.open(out_path, 'w'))
  handle:write(vim.fn.json_encode(value), '\n')
  handle:close()
end

-- The fields an editor user sees, from vim.diagnostic (byte columns; ASCII lines equal UTF-16).
local function visible(diagnostic)
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  return {
    lnum = diagnostic.lnum,
    col = diagnostic.col,
    end_lnum = diagnostic.end_lnum,
    end_col = diagnostic.end_col,
    severity = diagnostic.severity,
    source = diagnostic.source,
    code = diagnostic.code or lsp.code,
    message = diagnostic.message,
  }
end

local function check()
  assert(out_path and out_path ~= '', 'SUPPORT_TONE_OUT is not set')
  assert(vim.env.SUPPORT_TONE_BIN and vim.env.SUPPORT_TONE_FILE, 'SUPPORT_TONE_BIN and SUPPORT_TONE_FILE must be set')
  -- Log nothing (0.7 has no 'OFF' level; ERROR is its quietest).
  vim.lsp.set_log_level(vim.lsp.log_levels.OFF or 'ERROR')

  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.SUPPORT_TONE_FILE))
  local buf = vim.api.nvim_get_current_buf()
  local published

  local client_id = vim.lsp.start_client({
    name = 'support-tone',
    cmd = { vim.env.SUPPORT_TONE_NODE or 'node', vim.env.SUPPORT_TONE_BIN, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(vim.env.SUPPORT_TONE_FILE, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        -- Config-file problems arrive for other URIs; keep the first publish for this buffer.
        if published == nil and result and vim.uri_to_bufnr(result.uri) == buf then published = result end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(buf, client_id), 'vim.lsp.buf_attach_client failed')

  local arrived = vim.wait(WAIT_MS, function() return published ~= nil end, 20)
  assert(arrived, 'no textDocument/publishDiagnostics within ' .. WAIT_MS .. ' ms')

  local client = assert(vim.lsp.get_client_by_id(client_id), 'the client stopped')
  local response, request_err = client.request_sync('textDocument/codeLens', {
    textDocument = vim.lsp.util.make_text_document_params(buf),
  }, WAIT_MS, buf)
  assert(response, 'textDocument/codeLens: ' .. tostring(request_err))
  assert(response.err == nil, 'textDocument/codeLens: ' .. vim.inspect(response.err))

  write_json({
    nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
    published = published,
    diagnosticApi = vim.tbl_map(visible, vim.diagnostic.get(buf)),
    codeLens = response.result,
  })
  vim.lsp.stop_client(client_id, true)
end

local ok, problem = pcall(check)
if ok then
  vim.cmd('qall!')
else
  -- An uncaught error would leave headless Neovim waiting for input: report and exit 1.
  pcall(write_json, { error = tostring(problem) })
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop(true) end
  vim.cmd('cquit 1')
end
