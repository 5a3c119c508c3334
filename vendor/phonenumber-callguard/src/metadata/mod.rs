// Copyright (C) 2017 1aim GmbH
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

mod format;
pub use self::format::Format;

mod descriptor;
pub use self::descriptor::Descriptor;

#[allow(clippy::module_inception)]
mod metadata;
pub use self::metadata::{Descriptors, Metadata};

mod database;
pub use self::database::{Database, DEFAULT as DATABASE};

/// XML loading helpers.
pub mod loader;
