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
  // Basic Information
  EMAIL_DESC: 'El correo electrónico se utiliza para iniciar sesión.',
  LANGUAGE: 'Language',
  USER_SETTINGS: 'User Settings',
  CLOSE: 'Cerca',
  CONTENT_NOT_SAVED_TIPS: 'el contenido ha sido modificado pero no guardado',
  SAVE_EDIT_HINTS: 'confirma que el contenido modificado es correcto, puedes guardar la configuración o cancelar la configuración.',
  // Password Settings
  PASSWORD_SETTINGS: 'Configuración de contraseña',
  PASSWORD_EMPTY_DESC: 'Please enter a password.',
  CURRENT_PASSWORD: 'contraseña actual',
  ENTER_CURRENT_PASSWORD_TIP: 'Por favor introduce la contraseña actual',
  CONFIRM_PASSWORD: 'Confirm Password',
  PASSWORD_NOT_SAME_DESC: 'La contraseña ingresada dos veces debe ser la misma',
  ENTER_CURRENT_PASSWORD_DESC: 'Debe ingresar correctamente la contraseña actual para cambiar a una nueva contraseña.'
};