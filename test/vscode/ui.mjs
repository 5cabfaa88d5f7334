export async function checkUserInterface() {}
