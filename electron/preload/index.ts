import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('gongzhi', {});
