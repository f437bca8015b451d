;;; newsprint.el --- Review newspaper text in Emacs with the Newsprint language server  -*- lexical-binding: t; -*-

;; Put this in your init file (or `load' it from there).  It needs eglot:
;; built into Emacs 29 and later, `elpa-eglot' on Debian for Emacs 28.
;; Set the two paths below, or the NEWSPRINT_SERVER / NEWSPRINT_NODE
;; environment variables.

(defvar newsprint-server-path
  (or (getenv "NEWSPRINT_SERVER") "/path/to/server/dist/server.js")
  "The built language server, server/dist/server.js.")

(defvar newsprint-node-program (or (getenv "NEWSPRINT_NODE") "node")
  "The Node.js executable that runs the server.")

;; A mode of its own, so eglot tells the server the language id "newsprint".
(define-derived-mode newsprint-mode text-mode "Newsprint"
  "Major mode for newspaper pages reviewed by the Newsprint language server.")

;; Pages are .txt files under a seeds/ folder.
(add-to-list 'auto-mode-alist '("/seeds/.*\\.txt\\'" . newsprint-mode))

;; After eglot loads, not before: setting `eglot-server-programs' earlier
;; would stop eglot from installing its own default list.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `(newsprint-mode . (,newsprint-node-program
                                   ,newsprint-server-path "--stdio"))))

;; Start (or reuse) the server when such a file is opened.  The server
;; reviews the files of the project (e.g. the git repository) you open it in.
(add-hook 'newsprint-mode-hook #'eglot-ensure)

;;; newsprint.el ends here
