/** The Platform inside Electron: every call goes through the preload's DesktopApi. */
import type { DesktopApi, PickedFileInfo } from '../shared/desktop-api';
import { safeFileName } from './file-name';
import type { PickedFile, Platform } from './platform';
import { toPlatformError } from '../shared/platform-error';

function pickedFile(api: DesktopApi, info: PickedFileInfo): PickedFile {
  return {
    name: info.name,
    relativePath: info.relativePath,
    size: info.size,
    bytes: () =>
      api.readPickedFile({ id: info.id }).catch((error: unknown) => Promise.reject(toPlatformError(error, 'platform.readFailed'))),
  };
}

export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    async saveFile({ suggestedName, data, filters }) {
      try {
        return await api.saveFile({ suggestedName: safeFileName(suggestedName), data, filters });
      } catch (error) {
        throw toPlatformError(error, 'platform.writeFailed');
      }
    },
    async openFiles({ multiple, filters }) {
      try {
        return (await api.openFiles({ multiple, filters })).map((info) => pickedFile(api, info));
      } catch (error) {
        throw toPlatformError(error, 'platform.readFailed');
      }
    },
    async openFolder() {
      try {
        return (await api.openFolder()).map((info) => pickedFile(api, info));
      } catch (error) {
        throw toPlatformError(error, 'platform.readFailed');
      }
    },
    async printToPdf({ suggestedName }) {
      try {
        return await api.printToPdf({ suggestedName: safeFileName(suggestedName, 'gongzhi.pdf') });
      } catch (error) {
        throw toPlatformError(error, 'platform.writeFailed');
      }
    },
    appInfo: () => api.appInfo(),
    async allowHubOrigin(origin) {
      const { changed } = await api.setHubOrigin({ origin });
      return changed && origin !== null ? 'reload' : 'ready';
    },
  };
}
