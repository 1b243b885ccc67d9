// Starts a local Tessera cluster. The daemon lands with the server issue; until then this says so.
console.error('tessera: cluster not built yet (the daemon is being built; see README "Status")');
process.exit(1);
