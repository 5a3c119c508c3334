/*
 * This file is part of KubeSphere Console.
 * Copyright (C) 2019 The KubeSphere Console Authors.
 *
 * KubeSphere Console is free software: you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * KubeSphere Console is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU Affero General Public License for more details.
 *
 * You should have received a copy of the GNU Affero General Public License
 * along with KubeSphere Console.  If not, see <https://www.gnu.org/licenses/>.
 */
module.exports = {
  // Attributes
  // Resource Status
  DOMAIN_NAME_VALUE: '域名：{value}',
  PATH_VALUE: '路径：{value}',
  RULES: '规则',
  ROUTE_PATH_VALUE: '路径：<strong>{value}</strong>',
  ROUTE_SERVICE_VALUE: '服务：<strong>{value}</strong>',
  ROUTE_PORT_VALUE: '端口：<strong>{value}</strong>',
  SERVICE_COLON: '服务：',
  ACCESS_SERVICE: '访问服务',
  UNABLE_TO_ACCESS: '无法访问服务',
  UNABLE_TO_ACCESS_TIP: '请确保已在您的 DNS 服务器或客户机 hosts 文件中配置域名解析规则。',
  CERTIFICATE_VALUE: '证书：{value}'
};