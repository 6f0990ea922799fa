// Types for what Vite lets the renderer import besides modules (the stylesheet).
/// <reference types="vite/client" />
