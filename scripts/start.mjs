// npm start: the desktop shell is a later milestone; say so clearly instead of failing obscurely.
const fr = (process.env.LANG ?? '').toLowerCase().startsWith('fr');
console.error(
  fr
    ? "L’application de bureau (Electron) n’est pas encore construite dans cette version. En attendant, utilisez la commande « dpia » : npm run dpia -- example -o exemple.dpia"
    : 'The desktop application (Electron) is not built yet in this version. Meanwhile, use the dpia command: npm run dpia -- example -o example.dpia',
);
process.exitCode = 1;
