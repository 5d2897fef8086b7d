/// <reference types="vite/client" />

declare module 'virtual:kabar-articles' {
  export const articles: readonly { slug: string; title: string; titleGloss?: string }[];
}
