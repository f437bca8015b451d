;;; check.el --- Batch check: Emacs + eglot drive the Newsprint language server  -*- lexical-binding: t; -*-

;; Usage:
;;
;;   NEWSPRINT_NODE=$(command -v node) \
;;   NEWSPRINT_SERVER=/path/to/server/dist/server.js \
;;   NEWSPRINT_WORKSPACE=/tmp/emacs-ws \
;;   emacs -Q --batch -l scripts/editors/emacs/check.el
;;
;; NEWSPRINT_WORKSPACE is a scratch folder with copies of the seed pages in
;; seeds/ (the check edits 003 in a buffer; it never saves, but keep it out
;; of the repository anyway).  The user configuration under test is
;; newsprint.el beside this file: the file is opened with `find-file', so
;; auto-mode-alist → newsprint-mode → eglot-ensure is the path exercised.
;;
;; Each check prints "  ✔ NAME" or "  ✖ NAME" and an indented reason; Emacs
;; exits 0 when all passed, 1 otherwise.  Nothing waits a fixed time: every
;; wait is a bounded loop on a condition.

(require 'cl-lib)
(require 'subr-x)
(require 'seq)

;; The reasons carry ✔/✖ and Chinese text: print them as UTF-8 whatever the locale.
(prefer-coding-system 'utf-8)
(setq locale-coding-system 'utf-8)

;;;; Output and bookkeeping

(defconst check--names
  '("diagnostics appear on 003"
    "a quick fix applies on a CJK line"
    "fix-all applies"
    "the 000/003 reprint is reported with its related location"
    "no action or lens names a command the client cannot run")
  "The checks, in the order they run and report.")

(defvar check--reported nil "Names of the checks reported so far.")
(defvar check--passes 0)
(defvar check--failures 0)
(defvar check--setup-failure "setup did not run"
  "Why opening 003 under eglot failed, or nil once it worked.")

(defun check--report (name ok reason)
  "Print check NAME as passed when OK, with REASON on the line below."
  (push name check--reported)
  (if ok (cl-incf check--passes) (cl-incf check--failures))
  (princ (format "  %s %s\n      %s\n" (if ok "✔" "✖") name
                 (replace-regexp-in-string "\n" "\n      " reason))))

(define-error 'check-failed "Check failed")

(defun check--fail (format-string &rest args)
  "Stop the current check: it failed for the reason FORMAT-STRING and ARGS say."
  (signal 'check-failed (list (apply #'format-message format-string args))))

(defmacro check--run (name &rest body)
  "Run BODY, which returns (OK . REASON), as check NAME.
`check--fail' or any Lisp error fails this check only, with the reason
printed, and the next check still runs."
  (declare (indent 1))
  `(let ((outcome (condition-case err (progn ,@body)
                    (check-failed (cons nil (cadr err)))
                    (error (cons nil (format "Lisp error: %s"
                                             (error-message-string err)))))))
     (check--report ,name (car outcome) (cdr outcome))))

(defun check--wait (pred seconds)
  "Process server output until PRED returns non-nil, for at most SECONDS.
Return PRED's last value (nil on timeout)."
  (let ((deadline (+ (float-time) seconds))
        value)
    (while (and (not (setq value (funcall pred)))
                (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(defun check--idle ()
  "Run the idle timers, as an interactive Emacs does when the user pauses.
Eglot sends buffer edits to the server from an idle timer
\(`eglot-send-changes-idle-time'); a batch Emacs never becomes idle, so
without this the server would only hear of an edit with the next request."
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list)
      (timer-event-handler timer))))

;;;; The environment

(defvar check--dir (file-name-directory (or load-file-name buffer-file-name)))

(defvar check--workspace
  (when-let ((ws (getenv "NEWSPRINT_WORKSPACE")))
    (file-name-as-directory (expand-file-name ws))))

(defvar check--file
  (and check--workspace
       (expand-file-name "seeds/003_feb2debdf300b655.txt" check--workspace)))

;; Don't leave lock or auto-save files in the workspace: the buffer is edited
;; but never saved.
(setq create-lockfiles nil
      auto-save-default nil)

;; `emacs -Q' skips the startup step that activates installed packages,
;; which is where Debian's elpa-eglot (and a newer project.el) come from.
;; Activate them as a normal startup would; Emacs 29+ has eglot built in.
(unless (locate-library "eglot")
  (require 'package)
  (dolist (dir '("/usr/share/emacs/site-lisp/elpa"
                 "/usr/local/share/emacs/site-lisp/elpa"))
    (when (file-directory-p dir)
      (add-to-list 'package-directory-list dir t)))
  (package-activate-all))

;; The workspace folder is the project root, as a git checkout would be for
;; a newsroom user; no VCS needed here.  Eglot asks project.el for it.
(defun check--project (dir)
  "The workspace as a transient project, for DIR inside it."
  (when (and check--workspace (file-in-directory-p dir check--workspace))
    (cons 'transient check--workspace)))
(add-hook 'project-find-functions #'check--project)

;;;; Watching the conversation through eglot

(defvar check--server nil "The eglot server object, once created.")
(defvar check--publishes nil
  "The publishDiagnostics for 003, newest first.
Each is a plist (:n ORDINAL :version VERSION :diagnostics LIST).")
(defvar check--actions nil
  "Every code action / command the server returned to textDocument/codeAction.")

(defun check--003-uri-p (uri)
  (and check--file (stringp uri)
       (file-equal-p (eglot--uri-to-path uri) check--file)))

(defun check--watch-eglot ()
  "Hook into eglot to see what passes between it and the server."
  ;; The server object, as soon as eglot creates it (before the handshake),
  ;; so a server that dies on start is noticed instead of waited for.
  (add-hook 'eglot-server-initialized-hook
            (lambda (server) (setq check--server server)))
  ;; The raw diagnostics, as published, before eglot turns them into
  ;; flymake diagnostics (and drops relatedInformation).
  (cl-defmethod eglot-handle-notification :before
    (_server (_method (eql textDocument/publishDiagnostics))
             &key uri diagnostics version &allow-other-keys)
    (when (check--003-uri-p uri)
      (push (list :n (1+ (length check--publishes))
                  :version version
                  :diagnostics (append diagnostics nil))
            check--publishes)))
  ;; Every code action answer, whoever asked (eglot's commands or this file).
  (advice-add 'jsonrpc-request :around
              (lambda (request connection method params &rest more)
                (let ((result (apply request connection method params more)))
                  (when (eq method :textDocument/codeAction)
                    (setq check--actions
                          (append check--actions (append result nil))))
                  result))
              '((name . check--record-actions))))

;;;; Helpers about diagnostics

(defun check--latest () (car check--publishes))

(defun check--published-diagnostics ()
  "All diagnostics ever published for 003, newest publish first."
  (apply #'append (mapcar (lambda (p) (plist-get p :diagnostics)) check--publishes)))

(defun check--code (diag) (format "%s" (plist-get diag :code)))

(defun check--describe-publishes ()
  (if (null check--publishes)
      "no publishDiagnostics for 003 at all"
    (format "publishes for 003 (version: count): %s"
            (mapconcat (lambda (p) (format "v%s: %d" (plist-get p :version)
                                           (length (plist-get p :diagnostics))))
                       (reverse check--publishes) ", "))))

(defun check--buffer ()
  (or (and check--file (find-buffer-visiting check--file))
      (error "003 is not open")))

(defun check--connected-p ()
  (with-current-buffer (check--buffer) (eglot-managed-p)))

(defun check--need-server ()
  "Signal an error unless eglot manages 003 with a live server."
  (unless (and check--server (jsonrpc-running-p check--server)
               check--file (find-buffer-visiting check--file)
               (check--connected-p))
    (check--fail "no live eglot connection for 003 (%s)" check--setup-failure)))

(defun check--catch-up (seconds)
  "Let eglot send pending edits, then wait until the server published for them.
Return the publish for the buffer's current version, or nil."
  (with-current-buffer (check--buffer)
    (check--idle)
    (let ((version eglot--versioned-identifier))
      (check--wait (lambda ()
                     (let ((p (check--latest)))
                       (and p (equal (plist-get p :version) version) p)))
                   seconds))))

;;;; Setup: the user's configuration, then opening 003 as a user would

(defun check--stderr-tail ()
  "The gist of what the server wrote to stderr, for a failure reason."
  (let ((buf (and check--server (jsonrpc-stderr-buffer check--server))))
    (if (not (buffer-live-p buf)) ""
      (with-current-buffer buf
        (let* ((lines (seq-remove (lambda (l) (string-prefix-p "Process " l)) ; Emacs's own note
                                  (split-string (buffer-string) "\n" t "[ \t]+")))
               ;; Node's "Error: Cannot find module ..." rather than its stack.
               (gist (or (seq-find (lambda (l) (string-match-p "Error\\b" l)) lines)
                         (car (last lines)))))
          (if gist (concat "; server stderr: " gist) ""))))))

(defun check--setup ()
  (unless check--workspace (error "NEWSPRINT_WORKSPACE is not set"))
  (unless (file-readable-p check--file) (error "%s is missing" check--file))
  (load (expand-file-name "newsprint.el" check--dir) nil t)
  (require 'eglot)
  (check--watch-eglot)
  (find-file check--file)
  (unless (eq major-mode 'newsprint-mode)
    (error "003 opened in %s, not newsprint-mode (auto-mode-alist)" major-mode))
  ;; `eglot-ensure', run by newsprint-mode-hook, only queues the connection on
  ;; `post-command-hook': interactively it starts when the C-x C-f command
  ;; that opened the file ends.  Batch Emacs has no command loop, so end
  ;; the "command" by hand.
  (let ((start (float-time)))
    (run-hooks 'post-command-hook)
    ;; eglot blocks up to `eglot-sync-connect' seconds, then finishes the
    ;; handshake in the background (giving up after `eglot-connect-timeout'):
    ;; wait for the buffer to be managed, or for the connection to end.
    (check--wait (lambda () (or (check--connected-p)
                                (and check--server
                                     (not (jsonrpc-running-p check--server)))))
                 (+ 5 (or eglot-connect-timeout 30)))
    (unless (check--connected-p)
      (error "eglot did not connect: %s"
             (cond ((null check--server) "no server started")
                   ((>= (- (float-time) start) (or eglot-connect-timeout 30))
                    (format "no answer to initialize in %.0f s" (- (float-time) start)))
                   ((not (jsonrpc-running-p check--server)) "the server exited")
                   (t "the handshake did not finish")))))
  (setq check--setup-failure nil))

;;;; The checks

(defun check--flymake-codes ()
  "The LSP codes of the diagnostics flymake holds in the current buffer."
  (mapcar (lambda (d) (check--code (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
          (flymake-diagnostics)))

(defun check-diagnostics ()
  (check--need-server)
  (let* ((published
          (check--wait (lambda ()
                         (seq-some (lambda (d) (equal (check--code d) "NP101"))
                                   (plist-get (check--latest) :diagnostics)))
                       30))
         ;; eglot hands the published diagnostics on to flymake.
         (in-flymake
          (with-current-buffer (check--buffer)
            (check--wait (lambda () (member "NP101" (check--flymake-codes))) 30)
            (check--flymake-codes))))
    (cons (and published (member "NP101" in-flymake))
          (format "%s; %s; flymake holds %d in the buffer (%s)"
                  (if published "an NP101 among them" "no NP101 published within 30 s")
                  (check--describe-publishes) (length in-flymake)
                  (if (member "NP101" in-flymake) "NP101 among them" "no NP101")))))

(defconst check--fixed-line "家高新技术企业 36家，总数达 228")

(defun check--pick-action (items)
  "Choose among eglot's menu ITEMS ((TITLE . ACTION) ...) as a user would.
The preferred fix of the NP106 at point, else one about the space."
  (car (or (cl-find-if (lambda (item)
                         (and (eq (plist-get (cdr item) :isPreferred) t)
                              (seq-some (lambda (d) (equal (check--code d) "NP106"))
                                        (plist-get (cdr item) :diagnostics))))
                       items)
           (cl-find-if (lambda (item) (string-match-p "space\\|空格" (car item)))
                       items)
           (car items))))

(defun check-quick-fix ()
  (check--need-server)
  (with-current-buffer (check--buffer)
    ;; The NP106 the server reported at line 232, UTF-16 column 7 (0-based).
    (let* ((np106 (seq-find (lambda (d)
                              (and (equal (check--code d) "NP106")
                                   (equal (plist-get (plist-get d :range) :start)
                                          '(:line 231 :character 7))))
                            (plist-get (check--latest) :diagnostics)))
           (pos (eglot--lsp-position-to-point '(:line 231 :character 7)))
           (line (lambda () (save-excursion
                              (goto-char pos)
                              (buffer-substring-no-properties
                               (line-beginning-position) (line-end-position)))))
           (before (funcall line))
           offered)
      (unless np106
        (check--fail "no NP106 published at 232:7 (UTF-16); %s" (check--describe-publishes)))
      (unless (equal before check--fixed-line)
        (check--fail "line 232 reads %S before the fix" before))
      (goto-char pos)
      (unless (seq-some (lambda (d) (equal (flymake-diagnostic-type d) 'eglot-warning))
                        (flymake-diagnostics (point)))
        (check--fail "flymake holds no warning at point (232:7)"))
      ;; eglot's own command, as `M-x eglot-code-actions' at point runs it:
      ;; it echoes the flymake diagnostics at point, which the server must
      ;; recognise, and applies the chosen action's edit itself.  With more
      ;; than one action it asks with `completing-read' (after a keyboard
      ;; event; after a mouse one it would pop up a menu): answer for the
      ;; user through `completing-read-function' instead of the minibuffer.
      (let ((last-nonmenu-event ?\r)
            (completing-read-function
             (lambda (_prompt items &rest _)
               (setq offered (mapcar #'car items))
               (check--pick-action items))))
        (eglot-code-actions (point) nil "quickfix" t))
      (let ((after (funcall line)))
        (cons (and (string-match-p "技术企业36家" after)
                   (not (string-match-p "技术企业 36家" after)))
              (format "line 232 now %S%s" after
                      (if offered (format " (offered: %s)" (string-join offered " | "))
                        " (a single action, applied directly)")))))))

(defun check-fix-all ()
  (check--need-server)
  (with-current-buffer (check--buffer)
    ;; The server's view of the buffer after the quick fix first, so "fewer
    ;; diagnostics" compares against the current text.
    (let* ((before (or (check--catch-up 30)
                       (check--fail "no publish for the quick-fixed text within 30 s; %s"
                              (check--describe-publishes))))
           (count-before (length (plist-get before :diagnostics)))
           (size-before (buffer-size))
           (version-before eglot--versioned-identifier))
      (eglot-code-actions (point-min) (point-max) "source.fixAll.newsprint" t)
      (let* ((size-after (buffer-size))
             (after (and (/= eglot--versioned-identifier version-before)
                         (check--catch-up 30)))
             (count-after (and after (length (plist-get after :diagnostics)))))
        (cons (and (< size-after size-before) after (< count-after count-before))
              (format "buffer %d → %d characters; diagnostics %d → %s%s"
                      size-before size-after count-before
                      (or count-after "(no publish for the fixed text within 30 s)")
                      (if after "" (concat "; " (check--describe-publishes)))))))))

(defconst check--reprint-other "000_024af6bbebe0fcb3.txt")

(defun check--reprint-diagnostic ()
  "The first published NP201 relating 003 to 000, as (PUBLISH . DIAGNOSTIC)."
  (cl-loop for publish in (reverse check--publishes)
           thereis
           (cl-loop for d in (plist-get publish :diagnostics)
                    when (and (equal (check--code d) "NP201")
                              (seq-some (lambda (info)
                                          (string-suffix-p
                                           check--reprint-other
                                           (plist-get (plist-get info :location) :uri)))
                                        (plist-get d :relatedInformation)))
                    return (cons publish d))))

(defun check-reprint ()
  (check--need-server)
  ;; The server indexes the workspace after `initialized' and republishes:
  ;; the NP201 may come in a later publish than the first.
  (let ((found (check--wait #'check--reprint-diagnostic 60)))
    (cons found
          (if found
              (pcase-let ((`(,publish . ,d) found))
                (format "in publish #%d (v%s), line %d: %s; related: %s"
                        (plist-get publish :n) (plist-get publish :version)
                        (1+ (plist-get (plist-get (plist-get d :range) :start) :line))
                        (plist-get d :message)
                        (mapconcat (lambda (i) (plist-get (plist-get i :location) :uri))
                                   (plist-get d :relatedInformation) ", ")))
            (format "no NP201 naming %s within 60 s; NP201s seen: %d; %s"
                    check--reprint-other
                    (seq-count (lambda (d) (equal (check--code d) "NP201"))
                               (check--published-diagnostics))
                    (check--describe-publishes))))))

(defun check--command-of (item)
  "The command name ITEM (a Command, CodeAction or CodeLens) would run, or nil."
  (let ((command (plist-get item :command)))
    (cond ((stringp command) command)                 ; a Command
          ((consp command) (plist-get command :command)) ; CodeAction / CodeLens
          (t nil))))

(defun check-commands ()
  (check--need-server)
  (with-current-buffer (check--buffer)
    (let* ((provider (plist-get (eglot--capabilities check--server)
                                :executeCommandProvider))
           (runnable (append (plist-get provider :commands) nil))
           ;; Every action for the whole buffer, as `eglot-code-actions' asks
           ;; for them over the full range with no kind (recorded by the advice).
           (whole (eglot-code-actions (point-min) (point-max)))
           ;; eglot 1.9 has no code lens support: ask the server directly.
           (lenses (append (jsonrpc-request check--server :textDocument/codeLens
                                            (list :textDocument (eglot--TextDocumentIdentifier)))
                           nil))
           (items (append check--actions lenses))
           (named (delq nil (mapcar #'check--command-of items)))
           (stray (seq-uniq (seq-remove (lambda (c) (member c runnable)) named))))
      (cons (null stray)
            (format "%d code actions (%d for the whole buffer), %d lenses; %d name a command%s; executeCommandProvider: %s"
                    (length check--actions) (length whole) (length lenses) (length named)
                    (if stray (format " the client cannot run: %s" (string-join stray ", ")) "")
                    (if provider (format "%S" runnable) "absent"))))))

;;;; Main

(defun check--shutdown ()
  "Close 003 without saving it, and stop the server."
  (when-let ((buf (and check--file (find-buffer-visiting check--file))))
    (with-current-buffer buf
      ;; Never write the edited text anywhere: forget it was edited, so
      ;; killing the buffer neither asks nor saves.
      (set-buffer-modified-p nil)
      (kill-buffer buf)))
  (when (and check--server (jsonrpc-running-p check--server))
    (eglot-shutdown check--server))
  (when (and check--server (jsonrpc-running-p check--server))
    (error "the server process is still running")))

(defun check-main ()
  (princ "Emacs + eglot + Newsprint language server\n")
  (condition-case err (check--setup)
    (error (setq check--setup-failure
                 (concat (error-message-string err) (check--stderr-tail)))))
  (when check--setup-failure
    (princ (format "  (setup failed: %s)\n" check--setup-failure)))
  (unwind-protect
      (progn
        (check--run (nth 0 check--names) (check-diagnostics))
        (check--run (nth 1 check--names) (check-quick-fix))
        (check--run (nth 2 check--names) (check-fix-all))
        (check--run (nth 3 check--names) (check-reprint))
        (check--run (nth 4 check--names) (check-commands)))
    (condition-case err (check--shutdown)
      (error (cl-incf check--failures)
             (princ (format "  ✖ shutting down: %s\n" (error-message-string err)))))
    ;; Anything that escaped the per-check guards leaves checks unreported.
    (dolist (name check--names)
      (unless (member name check--reported)
        (check--report name nil "not run (an earlier error stopped the check)")))
    (princ (format "%d passed, %d failed\n"
                   check--passes check--failures))
    (kill-emacs (if (zerop check--failures) 0 1))))

(condition-case err (check-main)
  (error (princ (format "  ✖ check.el: %s\n" (error-message-string err)))
         (kill-emacs 1)))

;;; check.el ends here
