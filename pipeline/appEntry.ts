/** The app's entry module: the one input of the client build, and the dev server's script. */
export const APP_ENTRY = 'src/main.tsx';
